import { expect, test } from 'vitest'
import { describeUnknown, parseFilters, resolveFilters, toSearch, toggleFilter } from './filters.ts'

test('values are read case-insensitively, split on commas and repeated parameters alike', () => {
  expect(parseFilters('?Country=PK,af&country=ir&REGION=Southern-Asia&topic=diplomacy&q=Kallas')).toEqual({
    country: ['af', 'ir', 'pk'],
    region: ['southern-asia'],
    topic: ['diplomacy'],
    q: 'Kallas',
  })
})

test('writing and reading filters gives the same filters back', () => {
  const filters = parseFilters('?topic=act-of-terror&country=pk,af&q=two words')
  expect(parseFilters(toSearch(filters))).toEqual(filters)
  expect(toSearch(filters)).toBe('?country=af,pk&topic=act-of-terror&q=two%20words')
})

test('no filters is the bare feed URL', () => {
  expect(toSearch(parseFilters(''))).toBe('')
})

test('toggling a value adds it, toggling again removes it', () => {
  const on = toggleFilter(parseFilters('?country=pk'), 'country', 'af')
  expect(on.country).toEqual(['af', 'pk'])
  expect(toggleFilter(on, 'country', 'af').country).toEqual(['pk'])
})

test('values that name nothing are set aside, mixed case or not, and valid ones kept', () => {
  const known = {
    country: new Set(['af', 'qa']),
    region: new Set(['central-asia']),
    topic: new Set(['politics']),
  }
  const { filters, unknown } = resolveFilters(
    parseFilters('?country=ZZ,AF,qa&region=Atlantis&topic=Politics'),
    known,
  )
  expect(filters).toMatchObject({ country: ['af', 'qa'], region: [], topic: ['politics'] })
  expect(unknown.map(describeUnknown)).toEqual([
    "Unknown country code 'zz' ignored",
    "Unknown region 'atlantis' ignored",
  ])
})
