import { expect, test } from 'vitest'
import type { FacetIndex } from './facets.ts'
import { searchFacets, toSelection } from './facet-search.ts'
import { parseFilters } from './filters.ts'

// Three stories: Kabul (af, pk; terrorism), Islamabad (pk, ir; diplomacy), Doha (qa; diplomacy).
const index: FacetIndex = {
  total: 3,
  pageSize: 20,
  values: {
    country: ['af', 'pk', 'ir', 'qa'],
    region: ['southern-asia', 'western-asia'],
    topic: ['terrorism', 'diplomacy', 'politics'],
  },
  articles: [
    [[0, 1], [0], [0]],
    [[1, 2], [0], [1, 2]],
    [[3], [1], [1, 2]],
  ],
}

const run = (search: string, allowed: Set<number> | null = null) =>
  searchFacets(index, toSelection(index, parseFilters(search)), allowed)

test('no filters matches every story and counts every value', () => {
  const { matches, counts } = run('')
  expect(matches).toEqual([0, 1, 2])
  expect(counts.country).toEqual([1, 2, 1, 1])
})

test('values of one group are alternatives, groups must all hold', () => {
  expect(run('?country=af,qa').matches).toEqual([0, 2])
  expect(run('?country=pk&topic=diplomacy').matches).toEqual([1])
})

test("a group's counts take the other groups' choices into account but not its own", () => {
  const { counts } = run('?country=af&topic=politics')
  // Countries are counted among politics stories, whatever country is chosen.
  expect(counts.country).toEqual([0, 1, 1, 1])
  // Topics are counted among Afghan stories.
  expect(counts.topic).toEqual([1, 0, 0])
})

test('a topic finds the stories filed under anything beneath it', () => {
  expect(run('?topic=politics').matches).toEqual([1, 2])
})

test('a valid value no story has finds nothing rather than being dropped', () => {
  expect(run('?country=in').matches).toEqual([])
})

test('search hits narrow the matches and the counts alike', () => {
  const { matches, counts } = run('?topic=diplomacy', new Set([2]))
  expect(matches).toEqual([2])
  expect(counts.country).toEqual([0, 0, 0, 1])
})
