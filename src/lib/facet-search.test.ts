import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { FacetIndex } from './facets.ts'
import { searchFacets, toSelection, type FacetResult, type Selection } from './facet-search.ts'
import { FILTER_KEYS, parseFilters } from './filters.ts'

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

/** Faceted search as defined, story by story: what `searchFacets` must give on any index. */
function reference(index: FacetIndex, selection: Selection, allowed: Set<number> | null): FacetResult {
  const counts = FILTER_KEYS.map((key) => index.values[key].map(() => 0))
  const matches: number[] = []
  index.articles.forEach((story, n) => {
    if (allowed && !allowed.has(n)) return
    const holds = FILTER_KEYS.map((key, g) => {
      const chosen = selection[key]
      return !chosen || story[g]!.some((value) => chosen.has(value))
    })
    if (holds.every(Boolean)) matches.push(n)
    FILTER_KEYS.forEach((_, g) => {
      if (holds.every((held, h) => held || h === g)) for (const value of story[g]!) counts[g]![value]!++
    })
  })
  const [country, region, topic] = counts
  return { matches, counts: { country: country!, region: region!, topic: topic! } }
}

test('on any index and any choice, the matches and counts are faceted search as defined', () => {
  const sizes = [5, 3, 6] as const
  const story = fc.tuple(
    ...sizes.map((size) => fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 })),
  )
  fc.assert(
    fc.property(
      fc.array(story, { maxLength: 90 }),
      fc.tuple(
        ...sizes.map((size) =>
          fc.option(fc.uniqueArray(fc.integer({ min: 0, max: size }), { maxLength: 3 })),
        ),
      ),
      fc.option(fc.uniqueArray(fc.nat(100), { maxLength: 40 })),
      (articles, choices, hits) => {
        const values = sizes.map((size) => Array.from({ length: size }, (_, i) => `v${i}`))
        const random: FacetIndex = {
          total: articles.length,
          pageSize: 20,
          values: { country: values[0]!, region: values[1]!, topic: values[2]! },
          articles: articles as FacetIndex['articles'],
        }
        const selection: Selection = {
          country: choices[0] ? new Set(choices[0]) : null,
          region: choices[1] ? new Set(choices[1]) : null,
          topic: choices[2] ? new Set(choices[2]) : null,
        }
        const allowed = hits ? new Set(hits) : null
        expect(searchFacets(random, selection, allowed)).toEqual(reference(random, selection, allowed))
      },
    ),
    { numRuns: 400 },
  )
})
