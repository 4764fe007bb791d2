import { expect, test } from 'vitest'
import type { FacetIndex, Vocabulary } from '../../lib/facets.ts'
import { parseFilters } from '../../lib/filters.ts'
import { toFilteredView } from './filtered-view.ts'
import { toPages, toShards } from './value-view.ts'

const index: FacetIndex = {
  total: 2,
  pageSize: 20,
  values: { country: ['af', 'pk'], region: ['southern-asia'], topic: ['politics'] },
  articles: [
    [[0, 1], [0], []],
    [[1], [0], [0]],
  ],
}
const vocabulary: Vocabulary = {
  country: [
    { value: 'af', name: 'Afghanistan' },
    { value: 'pk', name: 'Pakistan' },
    { value: 'qa', name: 'Qatar' },
  ],
  region: [{ value: 'southern-asia', name: 'Southern Asia' }],
  topic: [{ value: 'politics', name: 'politics' }],
}

test('an unknown value is reported and ignored, the rest still filters', () => {
  const view = toFilteredView(parseFilters('?country=ZZ,af'), index, vocabulary, new Map())
  expect(view.unknown).toEqual([{ key: 'country', value: 'zz' }])
  expect(view.matches).toEqual([0])
})

test('a real country no story has gives no results and keeps its box to uncheck', () => {
  const view = toFilteredView(parseFilters('?country=qa'), index, vocabulary, new Map())
  expect(view.matches).toEqual([])
  expect(view.groups.country).toContainEqual({ value: 'qa', name: 'Qatar', count: 0 })
})

test('the panel lists named values by count', () => {
  const view = toFilteredView(parseFilters('?region=southern-asia'), index, vocabulary, new Map())
  expect(view.groups.country).toEqual([
    { value: 'pk', name: 'Pakistan', count: 2 },
    { value: 'af', name: 'Afghanistan', count: 1 },
  ])
})

test('search narrows the stories through the shards of its words', () => {
  const shards = new Map([['ka', { kabul: [0] }]])
  expect(toShards('Kabul talks')).toEqual(['ka', 'ta'])
  expect(toFilteredView(parseFilters('?q=kabul'), index, vocabulary, shards).matches).toEqual([0])
})

test('ordinals map to the page files that hold them', () => {
  expect(toPages([0, 19, 20, 45], 20)).toEqual([1, 2, 3])
})

test('a remembered view is only reused for the same filters and data', () => {
  const withHits = (hits: number[]) =>
    toFilteredView(parseFilters('?q=kabul'), index, vocabulary, new Map([['ka', { kabul: hits }]]))
  expect(withHits([0]).matches).toEqual([0])
  expect(withHits([1]).matches).toEqual([1])
  expect(toFilteredView(parseFilters('?country=pk'), index, vocabulary, new Map()).matches).toEqual([0, 1])
})
