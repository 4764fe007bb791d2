import { expect, test } from 'vitest'
import { toNameRuns } from './name-runs.ts'
import { toNameTokens } from './name-tokens.ts'

const runs = (text: string) =>
  toNameRuns(text, toNameTokens(text)).map(
    (r) => r.tokens.map((t) => t.text).join(' ') + (r.acronym ? ` (${r.acronym})` : ''),
  )

test('a dot after a title abbreviation or an initial does not end the name', () => {
  expect(runs('They met Gen. Asim Munir and Joe R. Biden.')).toEqual([
    'They',
    'Gen Asim Munir',
    'Joe R Biden',
  ])
  expect(toNameTokens('He left. Khan stayed.').map((t) => t.sentenceStart)).toEqual([true, true])
})

test('a word after an opening quotation mark starts afresh, a word after a comma does not', () => {
  const tokens = toNameTokens('He said, "Government officials agree," and Reuters confirmed.')
  expect(tokens.map((t) => [t.text, t.sentenceStart])).toEqual([
    ['He', true],
    ['Government', true],
    ['Reuters', false],
  ])
})

test('"of", "for" and "and" join a name only where organisation names use them', () => {
  expect(runs('the Directorate of National Security (NDS) said')).toEqual([
    'Directorate of National Security (NDS)',
  ])
  expect(runs('Wahidullah Ghazikhail of the Afghan Centre for Strategic Studies and Research said')).toEqual([
    'Wahidullah Ghazikhail',
    'Afghan Centre for Strategic Studies and Research',
  ])
  expect(runs('India, Iran, China and Russia were absent')).toEqual(['India', 'Iran', 'China', 'Russia'])
})

test('a possessive ends a name so the title after it starts a new one', () => {
  expect(runs('the European Union’s Vice President Kaja Kallas')).toEqual([
    'European Union',
    'Vice President Kaja Kallas',
  ])
})

test('dotted acronyms lose their dots and shouted words are skipped', () => {
  expect(runs('BREAKING: U.S. officials met')).toEqual(['US'])
})

test('name words are read from the shared word tokens, split at slashes and after inner hyphens', () => {
  const words = (text: string) => toNameTokens(text).map((t) => t.text)
  expect(words('The PM/FM met pro-Khan and al-Assad supporters of U.S. envoys.')).toEqual([
    'The',
    'PM',
    'FM',
    'Khan',
    'al-Assad',
    'US',
  ])
  expect(words("He met 'Khan and O'Brien.")).toEqual(['He', "O'Brien"])
})
