import { expect, test } from 'vitest'
import { cleanTitle, titleFromText } from './title.ts'

test('a headline loses the closing period or semicolon an archive adds, but not an abbreviation’s', () => {
  expect(cleanTitle('Floods hit Sindh.')).toBe('Floods hit Sindh')
  expect(cleanTitle('Trump leads pack; terrorism a top issue;')).toBe(
    'Trump leads pack; terrorism a top issue',
  )
  expect(cleanTitle('Veteran to cycle from Norman to D.C.')).toBe('Veteran to cycle from Norman to D.C.')
  expect(cleanTitle('Will the ceasefire hold?')).toBe('Will the ceasefire hold?')
  expect(cleanTitle('Talks  go\ton')).toBe('Talks go on')
})

test('text with no headline is titled by its first sentence, cut at a word', () => {
  expect(titleFromText('Rescue teams reached three villages on Sunday. Roads stay shut.')).toBe(
    'Rescue teams reached three villages on Sunday',
  )
  const long = titleFromText(
    'Pakistan and Afghanistan agreed on Thursday to reopen the Torkham border crossing for trade after a week of talks between tribal elders and officials.',
  )
  expect(long.length).toBeLessThanOrEqual(111)
  expect(long).toMatch(/^Pakistan and Afghanistan agreed .* \p{L}+…$/u)
})
