import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router'
import { hasFilters, parseFilters, type FeedFilters } from '../../lib/filters.ts'
import { facetCountsQueryOptions } from './facet-counts-query.ts'
import { feedQueryOptions } from './feed-query.ts'
import { filterDataKeys, filterDataQueries, loadFilteredView } from './load-filtered-view.ts'

/** The latest stories and the panel's counts; with filters in the URL, what the filtered feed needs too. */
export const feedLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const filters = parseFilters(new URL(request.url).search)
    if (hasFilters(filters)) await loadFilteredView(queryClient, filters)
    else
      await Promise.all([
        queryClient.ensureInfiniteQueryData(feedQueryOptions()),
        queryClient.ensureQueryData(facetCountsQueryOptions()),
      ])
    return null
  }

/** The data a feed URL cannot show without (its result entries may arrive after). */
function requiredKeys(queryClient: QueryClient, filters: FeedFilters): QueryKey[] {
  if (!hasFilters(filters)) return [feedQueryOptions().queryKey, facetCountsQueryOptions().queryKey]
  const { vocabulary } = filterDataQueries(filters.q)
  return [vocabulary.queryKey, ...(filterDataKeys(queryClient, filters) ?? [vocabulary.queryKey])]
}

/**
 * A change of the feed's filters whose data is all in the cache skips the loader: the router then completes
 * the navigation in the same task, and the new results render at once, without a loading state between.
 */
export const feedShouldRevalidate =
  (queryClient: QueryClient) =>
  ({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) =>
    currentUrl.pathname === nextUrl.pathname &&
    requiredKeys(queryClient, parseFilters(nextUrl.search)).every(
      (key) => queryClient.getQueryData(key) !== undefined,
    )
      ? false
      : defaultShouldRevalidate
