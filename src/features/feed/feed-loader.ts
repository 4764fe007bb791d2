import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { hasFilters, parseFilters } from '../../lib/filters.ts'
import { facetCountsQueryOptions } from './facet-counts-query.ts'
import { feedQueryOptions } from './feed-query.ts'
import { loadFilteredView } from './load-filtered-view.ts'

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
