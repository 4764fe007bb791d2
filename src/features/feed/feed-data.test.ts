import { QueryClient } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import type { FacetIndex, Vocabulary } from '../../lib/facets.ts'
import type { FeedEntry, FeedPage } from '../../lib/feed.ts'
import { createQueryClient } from '../../lib/query-client.ts'
import { facetIndexQueryOptions } from './facet-index-query.ts'
import { loadFilterCode } from './feed-code.tsx'
import { feedShouldRevalidate } from './feed-loader.ts'
import { feedPageQueryOptions } from './feed-page-query.ts'
import { resultsPageQueryOptions } from './results-page-query.ts'
import { searchShardQueryOptions } from './search-shard-query.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

const index: FacetIndex = {
  total: 0,
  pageSize: 2,
  values: { country: [], region: [], topic: [] },
  articles: [],
}
const vocabulary: Vocabulary = { country: [], region: [], topic: [] }

const revalidates = (client: QueryClient, from: string, to: string) =>
  feedShouldRevalidate(client)({
    currentUrl: new URL(from, 'https://dateline.test'),
    nextUrl: new URL(to, 'https://dateline.test'),
    defaultShouldRevalidate: true,
  } as Parameters<ReturnType<typeof feedShouldRevalidate>>[0])

test('a filter change skips the loader only when everything it needs is cached', async () => {
  const client = new QueryClient()
  client.setQueryData(facetIndexQueryOptions().queryKey, index)
  client.setQueryData(vocabularyQueryOptions().queryKey, vocabulary)
  // The data alone is not enough while the code of filtered feeds is not loaded: the loader loads it.
  expect(revalidates(client, '/', '/?country=af')).toBe(true)
  const code = await loadFilterCode()
  // Two values or none known (this vocabulary knows none) are computed from the whole index, with its code.
  expect(revalidates(client, '/', '/?country=af')).toBe(true)
  await code.loadIndexCode()
  client.removeQueries()
  expect(revalidates(client, '/', '/?country=af')).toBe(true)
  client.setQueryData(facetIndexQueryOptions().queryKey, index)
  client.setQueryData(vocabularyQueryOptions().queryKey, vocabulary)
  expect(revalidates(client, '/', '/?country=af')).toBe(false)
  // A search needs the shards of its words too.
  expect(revalidates(client, '/?country=af', '/?country=af&q=kabul')).toBe(true)
  client.setQueryData(searchShardQueryOptions('ka').queryKey, {})
  expect(revalidates(client, '/?country=af', '/?country=af&q=kabul')).toBe(false)
  // Coming from another page, the loader runs as usual.
  expect(revalidates(client, '/articles/kabul-talks', '/?country=af')).toBe(true)
})

const entry = (id: string): FeedEntry => ({
  id,
  slug: id,
  title: id,
  summary: [],
  dateline: null,
  publishedAt: null,
  regions: [],
  countries: [],
  topics: [],
})

test('a page of results picks its entries from the feed page files that hold them, in order', async () => {
  // The app's client: data stays fresh for the visit, so cached files are not fetched again.
  const client = createQueryClient()
  const page = (n: number, ids: string[]): FeedPage => ({
    page: n,
    pageCount: 2,
    total: 4,
    articles: ids.map(entry),
  })
  client.setQueryData(feedPageQueryOptions(1).queryKey, page(1, ['a', 'b']))
  client.setQueryData(feedPageQueryOptions(2).queryKey, page(2, ['c', 'd']))
  const entries = await client.fetchQuery(resultsPageQueryOptions([3, 0, 2], 2))
  expect(entries.map((e) => e.id)).toEqual(['d', 'a', 'c'])
})
