import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router'
import { hasFilters, parseFilters, type FeedFilters } from '../../lib/filters.ts'
import { facetCountsQueryOptions } from './facet-counts-query.ts'
import { feedQueryOptions } from './feed-query.ts'
import { filterCode, LatestFeed, loadFilterCode } from './feed-code.tsx'

/** The latest stories and the panel's counts; with filters in the URL, what the filtered feed needs too. */
export const feedLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const filters = parseFilters(new URL(request.url).search)
    if (hasFilters(filters)) await (await loadFilterCode()).loadFilteredView(queryClient, filters)
    else
      await Promise.all([
        queryClient.ensureInfiniteQueryData(feedQueryOptions()),
        queryClient.ensureQueryData(facetCountsQueryOptions()),
        LatestFeed.load(),
      ])
    return null
  }

/**
 * The data a feed URL cannot show without (its result entries may arrive after); undefined while the code of
 * filtered feeds, which knows it, is not loaded, while the vocabulary is not in the cache, or while the code
 * these filters are computed with is not loaded.
 */
function requiredKeys(queryClient: QueryClient, filters: FeedFilters): QueryKey[] | undefined {
  if (!hasFilters(filters)) return [feedQueryOptions().queryKey, facetCountsQueryOptions().queryKey]
  const code = filterCode()
  if (!code) return undefined
  const { vocabulary } = code.filterDataQueries(filters.q)
  const keys = code.filterDataKeys(queryClient, filters)
  return keys && [vocabulary.queryKey, ...keys]
}

/**
 * A change of the feed's filters whose data (and code) is all in place skips the loader: the router then
 * completes the navigation in the same task, and the new results render at once, without a loading state.
 */
export const feedShouldRevalidate =
  (queryClient: QueryClient) =>
  ({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) =>
    currentUrl.pathname === nextUrl.pathname &&
    requiredKeys(queryClient, parseFilters(nextUrl.search))?.every(
      (key) => queryClient.getQueryData(key) !== undefined,
    )
      ? false
      : defaultShouldRevalidate
