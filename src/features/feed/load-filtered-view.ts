import type { QueryClient } from '@tanstack/react-query'
import type { FeedFilters } from '../../lib/filters.ts'
import type { SearchShard } from '../../lib/search.ts'
import { facetIndexQueryOptions } from './facet-index-query.ts'
import { toFilteredView, toShards, type FilteredView } from './filtered-view.ts'
import { resultsPageQueryOptions } from './results-page-query.ts'
import { searchShardQueryOptions } from './search-shard-query.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

/** Stories shown at once in a filtered feed, before "More stories". */
export const RESULTS_PAGE = 20

/** Starts loading the entries of a view's first results. */
function prefetchPages(queryClient: QueryClient, view: FilteredView, pageSize: number) {
  void queryClient.prefetchQuery(resultsPageQueryOptions(view.matches.slice(0, RESULTS_PAGE), pageSize))
}

/**
 * Loads what a filtered feed needs to know its results (the facet index, vocabulary and search shards), and
 * starts loading the feed pages that hold the first results: the feed updates at once, with each entry in
 * place as its page arrives.
 */
export async function loadFilteredView(
  queryClient: QueryClient,
  filters: FeedFilters,
): Promise<FilteredView> {
  const [index, vocabulary, shards] = await Promise.all([
    queryClient.ensureQueryData(facetIndexQueryOptions()),
    queryClient.ensureQueryData(vocabularyQueryOptions()),
    Promise.all(
      toShards(filters.q).map(
        async (shard) => [shard, await queryClient.ensureQueryData(searchShardQueryOptions(shard))] as const,
      ),
    ),
  ])
  const view = toFilteredView(filters, index, vocabulary, new Map(shards))
  prefetchPages(queryClient, view, index.pageSize)
  return view
}

/**
 * When the reader points at or focuses a filter, the first results of the filters it would give start
 * loading, if what computes them is already in the cache: by the click, their entries are usually there.
 */
export function prefetchResults(queryClient: QueryClient, filters: FeedFilters): void {
  const index = queryClient.getQueryData(facetIndexQueryOptions().queryKey)
  const vocabulary = queryClient.getQueryData(vocabularyQueryOptions().queryKey)
  const shards = new Map<string, SearchShard>()
  for (const shard of toShards(filters.q)) {
    const data = queryClient.getQueryData(searchShardQueryOptions(shard).queryKey)
    if (!data) return
    shards.set(shard, data)
  }
  if (index && vocabulary)
    prefetchPages(queryClient, toFilteredView(filters, index, vocabulary, shards), index.pageSize)
}
