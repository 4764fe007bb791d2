import { expect, test } from 'vitest'
import { splitCues } from './cues/cue-table.ts'
import { allPhrases, cueTables, labelPhrases, matchAt } from './lexicon.ts'
import { getTopic } from './taxonomy.ts'
import { toTerms } from './topic-terms.ts'

test('every cue table names live IPTC concepts', () => {
  for (const table of cueTables) for (const id of Object.keys(table)) expect(getTopic(id), id).toBeDefined()
})

test('no cue phrase is given to two concepts', () => {
  const owner = new Map<string, string>()
  for (const table of cueTables) {
    for (const [id, entry] of Object.entries(table)) {
      for (const phrase of [...splitCues(entry.strong), ...splitCues(entry.weak)]) {
        const key = toTerms(phrase).join(' ')
        expect(owner.get(key) ?? id, `"${phrase}"`).toBe(id)
        owner.set(key, id)
      }
    }
  }
})

test('compound IPTC labels give one phrase per part', () => {
  expect(labelPhrases('crime, law and justice')).toEqual(['crime', 'law', 'justice'])
  expect(labelPhrases('appeal (court)')).toEqual(['appeal'])
  expect(labelPhrases('merger or acquisition')).toEqual(['merger', 'acquisition'])
})

test('ambiguous label words such as "fire" are not evidence on their own', () => {
  const keys = new Set(
    allPhrases()
      .filter((p) => p.topic)
      .map((p) => p.terms.join(' ')),
  )
  expect(keys.has('fire')).toBe(false)
  expect(keys.has('plant')).toBe(false)
  expect(keys.has('earthquake')).toBe(true)
})

test('the longest phrase wins where phrases overlap', () => {
  const terms = toTerms('a suicide bombing in the market')
  expect(matchAt(terms, 1)?.text).toBe('suicide bombing')
})

test('plurals and apostrophes fold the same way in cues and text', () => {
  expect(toTerms('Protests, countries and taxes')).toEqual(['protest', 'country', 'and', 'tax'])
  expect(toTerms("the Qur'an and women’s rights")).toEqual(['the', 'quran', 'and', 'women', 'right'])
})

test('terms are read from the word tokens: dots, hyphens and marks part them, apostrophes vanish', () => {
  expect(toTerms('U.S.-led counter-terrorism')).toEqual(['u', 's', 'led', 'counter', 'terrorism'])
  expect(toTerms("rock 'n' roll, the ‘s, O'Brien's Jose\u0301")).toEqual([
    'rock',
    'n',
    'roll',
    'the',
    'obrien',
    'jose',
  ])
  expect(toTerms('a ‘stan’s’ fan')).toEqual(['a', 'stan', 'fan'])
})
