import { expect, test } from 'vitest'
import { acronymAfter, coveringSpan } from './acronyms.ts'
import { tokenize } from '../words/tokens.ts'

test('an acronym in brackets right after a name is found', () => {
  const tokens = tokenize('Federal Investigation Agency (FIA) said')
  expect(acronymAfter(tokens, 3)).toBe('FIA')
  expect(acronymAfter(tokenize('the agency (in Lahore) said'), 2)).toBeNull()
})

test('the definition is the shortest tail whose initials cover the letters, in any order', () => {
  const text = 'Wahidullah Ghazikhail of the Directorate of National Security'
  const run = tokenize(text)
  expect(text.slice(...coveringSpan(run, 'NDS'))).toBe('Directorate of National Security')
})
