/**
 * What a filter change needs: the data and code the next filtered view is computed with (the loader's and
 * `shouldRevalidate`'s), and the prefetch of its first results when the reader points at a value. Loaded
 * with the panel (`loadFilterCode`) and right after a filtered view has painted, never before: a filtered
 * view paints with filter-data.ts alone.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { FeedFilters } from '../../lib/filters.ts'
import type { SearchShard } from '../../lib/search.ts'
import { facetValueQueryOptions } from './facet-value-query.ts'
import { filterDataQueries, RESULTS_PAGE } from './filter-data.ts'
import { indexCode, loadIndexCode } from './index-code.ts'
import { resultsPageQueryOptions } from './results-page-query.ts'
import { toSingleValue, toValueView } from './value-view.ts'

export { filterDataQueries } from './filter-data.ts'
export { indexCode, loadIndexCode } from './index-code.ts'

/**
 * What these filters need beside the vocabulary: one value alone needs only its own file; anything else the
 * whole index and a search shard per word, and the code that filters the index. Undefined while the
 * vocabulary (which tells them apart) is not in the cache, or that code is needed and not loaded.
 */
export function filterDataKeys(queryClient: QueryClient, filters: FeedFilters): QueryKey[] | undefined {
  const { index, vocabulary, shards } = filterDataQueries(filters.q)
  const words = queryClient.getQueryData(vocabulary.queryKey)
  if (!words) return undefined
  const single = toSingleValue(filters, words)
  if (single) return [facetValueQueryOptions(single).queryKey]
  if (!indexCode()) return undefined
  return [index.queryKey, ...shards.map(({ options }) => options.queryKey)]
}

/**
 * Loads what a filtered feed needs to know its results, and starts loading the entries of the first
 * results: the feed updates at once, with the entries in place when they arrive.
 */
export async function loadFilteredView(queryClient: QueryClient, filters: FeedFilters): Promise<void> {
  const { index, vocabulary, shards } = filterDataQueries(filters.q)
  const single = toSingleValue(filters, await queryClient.ensureQueryData(vocabulary))
  if (single) await queryClient.ensureQueryData(facetValueQueryOptions(single))
  else
    await Promise.all([
      queryClient.ensureQueryData(index),
      ...shards.map(({ options }) => queryClient.ensureQueryData(options)),
      loadIndexCode(),
    ])
  prefetchResults(queryClient, filters)
}

/**
 * Starts loading the entries of the first results these filters give, if what computes them is in the
 * cache; with only the vocabulary there, starts loading a single value's own file. Also called when the
 * reader points at or focuses a filter: by the click, its data and entries are usually there.
 */
export function prefetchResults(queryClient: QueryClient, filters: FeedFilters): void {
  const queries = filterDataQueries(filters.q)
  const vocabulary = queryClient.getQueryData(queries.vocabulary.queryKey)
  if (!vocabulary) return
  const single = toSingleValue(filters, vocabulary)
  let matches: number[] | undefined
  let pageSize = 0
  if (single) {
    const options = facetValueQueryOptions(single)
    const file = queryClient.getQueryData(options.queryKey)
    if (!file) return void queryClient.prefetchQuery(options)
    ;({ matches } = toValueView(filters, file, vocabulary))
    pageSize = file.pageSize
  } else {
    const index = queryClient.getQueryData(queries.index.queryKey)
    const shards = new Map<string, SearchShard>()
    for (const { name, options } of queries.shards) {
      const data = queryClient.getQueryData(options.queryKey)
      if (!data) return
      shards.set(name, data)
    }
    // The whole index is large (about 1 MB gzip at 100,000 stories): pointing at a value never loads it;
    // only a change that needs it does, so a reader's first filters cost a value's own file alone.
    if (!index) return
    const code = indexCode()
    // Loaded right after a filtered view's first paint: by the time the index is in, so is its code.
    if (!code) return void loadIndexCode().then(() => prefetchResults(queryClient, filters))
    ;({ matches } = code.toFilteredView(filters, index, vocabulary, shards))
    pageSize = index.pageSize
  }
  void queryClient.prefetchQuery(resultsPageQueryOptions(matches.slice(0, RESULTS_PAGE), pageSize))
}
