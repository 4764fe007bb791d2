import type { QueryClient } from '@tanstack/react-query'
import type { FeedFilters } from '../../lib/filters.ts'
import type { SearchShard } from '../../lib/search.ts'
import { facetIndexQueryOptions } from './facet-index-query.ts'
import { toFilteredView, toShards } from './filtered-view.ts'
import { resultsPageQueryOptions } from './results-page-query.ts'
import { searchShardQueryOptions } from './search-shard-query.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

/** Stories shown at once in a filtered feed, before "More stories". */
export const RESULTS_PAGE = 20

/** The data a filtered feed cannot show without: the facet index, the vocabulary, a search shard per word. */
export function filterDataQueries(q: string) {
  return {
    index: facetIndexQueryOptions(),
    vocabulary: vocabularyQueryOptions(),
    shards: toShards(q).map((name) => ({ name, options: searchShardQueryOptions(name) })),
  }
}

/**
 * Loads what a filtered feed needs to know its results, and starts loading the entries of the first
 * results: the feed updates at once, with the entries in place when they arrive.
 */
export async function loadFilteredView(queryClient: QueryClient, filters: FeedFilters): Promise<void> {
  const { index, vocabulary, shards } = filterDataQueries(filters.q)
  await Promise.all([
    queryClient.ensureQueryData(index),
    queryClient.ensureQueryData(vocabulary),
    ...shards.map(({ options }) => queryClient.ensureQueryData(options)),
  ])
  prefetchResults(queryClient, filters)
}

/**
 * Starts loading the entries of the first results these filters give, if what computes them is in the
 * cache. Also called when the reader points at or focuses a filter: by the click, its entries are usually
 * there.
 */
export function prefetchResults(queryClient: QueryClient, filters: FeedFilters): void {
  const queries = filterDataQueries(filters.q)
  const index = queryClient.getQueryData(queries.index.queryKey)
  const vocabulary = queryClient.getQueryData(queries.vocabulary.queryKey)
  const shards = new Map<string, SearchShard>()
  for (const { name, options } of queries.shards) {
    const data = queryClient.getQueryData(options.queryKey)
    if (!data) return
    shards.set(name, data)
  }
  if (!index || !vocabulary) return
  const { matches } = toFilteredView(filters, index, vocabulary, shards)
  void queryClient.prefetchQuery(resultsPageQueryOptions(matches.slice(0, RESULTS_PAGE), index.pageSize))
}
