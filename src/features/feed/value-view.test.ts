import { expect, test } from 'vitest'
import type { FacetIndex, FacetValueFile, Vocabulary } from '../../lib/facets.ts'
import { parseFilters } from '../../lib/filters.ts'
import { toFacetValueFiles } from '../../pipeline/facet-values.ts'
import { toFilteredView } from './filtered-view.ts'
import { toSingleValue, toValueView } from './value-view.ts'

const index: FacetIndex = {
  total: 4,
  pageSize: 20,
  values: { country: ['af', 'pk', 'in'], region: ['southern-asia'], topic: ['politics', 'sport'] },
  articles: [
    [[0, 1], [0], [1]],
    [[1], [0], [0]],
    [[2], [], [0, 1]],
    [[1, 2], [0], [0]],
  ],
}
const vocabulary: Vocabulary = {
  country: [
    { value: 'af', name: 'Afghanistan' },
    { value: 'in', name: 'India' },
    { value: 'pk', name: 'Pakistan' },
    { value: 'qa', name: 'Qatar' },
  ],
  region: [{ value: 'southern-asia', name: 'Southern Asia' }],
  topic: [
    { value: 'politics', name: 'Politics' },
    { value: 'sport', name: 'Sport' },
  ],
}
const files = new Map(toFacetValueFiles(index, vocabulary).map((f) => [`${f.key}=${f.value}`, f.file]))

test('every value the filters accept has a file, stories or not', () => {
  expect([...files.keys()].sort()).toEqual(
    [
      'country=af',
      'country=in',
      'country=pk',
      'country=qa',
      'region=southern-asia',
      'topic=politics',
      'topic=sport',
    ].sort(),
  )
  expect(files.get('country=pk')!.ids).toEqual([0, 1, 2])
})

test.each([
  '?country=pk',
  '?country=qa',
  '?topic=sport',
  '?region=southern-asia',
  '?country=zz,in',
  '?country=AF',
])('%s from its value file is the view the whole index gives', (search) => {
  const filters = parseFilters(search)
  const single = toSingleValue(filters, vocabulary)!
  const file: FacetValueFile = files.get(`${single.key}=${single.value}`)!
  expect(toValueView(filters, file, vocabulary)).toEqual(
    toFilteredView(filters, index, vocabulary, new Map()),
  )
})

test('two values, or a search, need the whole index', () => {
  expect(toSingleValue(parseFilters('?country=pk,af'), vocabulary)).toBeNull()
  expect(toSingleValue(parseFilters('?country=pk&topic=sport'), vocabulary)).toBeNull()
  expect(toSingleValue(parseFilters('?country=pk&q=talks'), vocabulary)).toBeNull()
  expect(toSingleValue(parseFilters('?country=pk'), vocabulary)).toEqual({ key: 'country', value: 'pk' })
})
