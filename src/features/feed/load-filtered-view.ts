import type { QueryClient } from '@tanstack/react-query'
import type { FeedFilters } from '../../lib/filters.ts'
import { facetIndexQueryOptions } from './facet-index-query.ts'
import { feedPageQueryOptions } from './feed-page-query.ts'
import { toFilteredView, toPages, toShards, type FilteredView } from './filtered-view.ts'
import { searchShardQueryOptions } from './search-shard-query.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

/** Stories shown at once in a filtered feed, before "More stories". */
export const RESULTS_PAGE = 20

/**
 * Loads what a filtered feed needs to know its results (the facet index, vocabulary and search shards), and
 * starts loading the feed pages that hold the first results.
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
  // The entries' pages load alongside: the feed updates at once, with each entry in place as its page arrives.
  const pages = toPages(view.matches.slice(0, RESULTS_PAGE), index.pageSize)
  for (const page of pages) void queryClient.prefetchQuery(feedPageQueryOptions(page))
  return view
}
