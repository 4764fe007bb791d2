import { expect, test } from 'vitest'
import { canNameSpeaker, readNounPhrase, phraseText } from './noun-phrase.ts'
import { tokenize } from '../words/tokens.ts'

const phrase = (text: string): string | null => {
  const np = readNounPhrase(tokenize(text), 0)
  return np ? phraseText(text, np) : null
}

test('a name stops before "of the" affiliation but an organisation keeps "of"', () => {
  expect(phrase('Wahidullah Ghazikhail of the Afghan Centre (ACSSR) said')).toBe('Wahidullah Ghazikhail')
  expect(phrase('the Directorate of National Security (NDS) said')).toBe(
    'the Directorate of National Security',
  )
  expect(phrase('the Ministry of the Interior said')).toBe('the Ministry of the Interior')
})

test('a common noun phrase runs to its head noun and stops before a verb or relative clause', () => {
  expect(phrase('a security source told Arab News')).toBe('a security source')
  expect(phrase('an official who asked not to be named')).toBe('an official')
  expect(phrase('a diplomat speaking on condition of anonymity')).toBe('a diplomat')
  expect(phrase('the crowd chanted')).toBe('the crowd')
})

test('titles, abbreviations and capitalised modifiers stay in the phrase', () => {
  expect(phrase('Army chief Gen. Asim Munir said')).toBe('Army chief Gen. Asim Munir')
  expect(phrase('the European Union’s Vice President Kaja Kallas')).toBe(
    'the European Union’s Vice President Kaja Kallas',
  )
  expect(phrase('a senior Taliban commander said')).toBe('a senior Taliban commander')
})

test('a pronoun is a phrase of its own; a stray word cannot name a speaker', () => {
  expect(phrase('he told reporters')).toBe('he')
  const stray = readNounPhrase(tokenize('recent months'), 0)
  expect(stray && canNameSpeaker(stray)).toBe(false)
  expect(phrase('which had representatives')).toBeNull()
})

test('a middle initial is part of the name, and a sentence opener is no name at all', () => {
  expect(phrase('Gregory T. Angelo, president of the group, said')).toBe('Gregory T. Angelo')
  expect(phrase('When asked about the deal')).toBeNull()
})
