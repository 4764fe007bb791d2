import { expect, test } from 'vitest'
import { phraseText } from './noun-phrase.ts'
import { splitChunks, stripAuxiliaries, subjectBefore } from './subject.ts'
import { tokenize } from '../words/tokens.ts'

const subject = (text: string): string | null => {
  const np = subjectBefore(tokenize(text))
  return np ? phraseText(text, np) : null
}

test('the subject is the last chunk, passing over relative clauses and participles', () => {
  expect(subject('Khan, who was speaking at a news conference,')).toBe('Khan')
  expect(subject('The minister, speaking to reporters,')).toBe('The minister')
  expect(subject('Threats rose sharply this year, the agency')).toBe('the agency')
})

test('auxiliaries and adverbs before the verb are not part of the subject', () => {
  expect(subject('The ministry has also')).toBe('The ministry')
  expect(subject('Khan was quoted as')).toBe('Khan')
})

test('a leading adverbial without a comma is skipped for the phrase that ends the chunk', () => {
  expect(subject('In a statement the ministry')).toBe('the ministry')
})

test('nothing that can name a speaker gives null', () => {
  expect(subject('as well as in recent')).toBeNull()
})

test('chunks split on commas and dashes but not inside brackets', () => {
  const chunks = splitChunks(stripAuxiliaries(tokenize('Ali Khan (45, a teacher), who — it seems — has')))
  expect(chunks.map((c) => c.map((t) => t.text).join(' '))).toEqual([
    'Ali Khan ( 45 , a teacher )',
    'who',
    'it seems',
  ])
})

test('a clause before the subject is not taken for a name in apposition', () => {
  expect(subject('Pakistan welcomed the deal, the minister')).toBe('the minister')
  expect(subject('Ali Khan, the party leader,')).toBe('Ali Khan')
})

test('an adverb in -ly between the subject and the verb is passed over, a noun in -ly is not', () => {
  expect(subject('When asked about the deal, Sana Mir gingerly')).toBe('Sana Mir')
  expect(subject('The family')).toBe('The family')
})

test('a sentence opener, a day or a bracketed party label is never the speaker', () => {
  expect(subject('So')).toBeNull()
  expect(subject('Saturday at the party convention Sen. Jane Roe (D-Mass.)')).toBe('Sen. Jane Roe')
  expect(subject('Will Hurd')).toBe('Will Hurd')
})
