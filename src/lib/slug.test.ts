import { expect, test } from 'vitest'
import { toArticleId, toSlug, toUniqueSlugs } from './slug.ts'

test('a headline becomes a lower-case slug with apostrophes dropped', () => {
  expect(toSlug('Pakistan urges dialogue on Iran in call with European Union’s vice president')).toBe(
    'pakistan-urges-dialogue-on-iran-in-call-with-european-unions-vice-president',
  )
})

test('accents fold to ASCII and punctuation runs become one hyphen', () => {
  expect(toSlug('Café owners in Zürich — “we’re closing”!')).toBe('cafe-owners-in-zurich-were-closing')
  expect(toSlug('  US, Pakistani, Afghan officials  ')).toBe('us-pakistani-afghan-officials')
})

test('a repeated slug gets -2 and -3 in input order', () => {
  expect(toUniqueSlugs(['floods', 'floods', 'talks', 'floods'])).toEqual([
    'floods',
    'floods-2',
    'talks',
    'floods-3',
  ])
})

test('the id is the same for the same headline and differs for another', () => {
  expect(toArticleId('Floods hit Sindh')).toBe(toArticleId('Floods  hit sindh'))
  expect(toArticleId('Floods hit Sindh')).not.toBe(toArticleId('Floods hit Punjab'))
  expect(toArticleId('Floods hit Sindh')).toMatch(/^[0-9a-f]{16}$/)
})
