import { PLACE_WORDS, isPlace } from '../lexicon/places.ts'
import { expect, test } from 'vitest'
import { ORG_WORDS, TITLES } from './word-lists.ts'

test('country names and their short forms are places', () => {
  expect(['Saudi Arabia', 'US', 'Pakistan', 'friday'].map(isPlace)).toEqual([true, true, true, true])
  expect(isPlace('Ishaq Dar')).toBe(false)
})

test('lists are lower-case so they match normalised tokens', () => {
  for (const list of [TITLES, ORG_WORDS, PLACE_WORDS]) for (const w of list) expect(w).toBe(w.toLowerCase())
})
