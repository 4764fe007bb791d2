import { queryOptions } from '@tanstack/react-query'
import type { FeedEntry } from '../../lib/feed.ts'
import { feedPageQueryOptions } from './feed-page-query.ts'
import { toPages } from './value-view.ts'

/**
 * One page of filtered results: the entries of these feed ordinals, read from the feed page files that hold
 * them (each file cached on its own). One query per page of results keeps a filter change to one cache
 * lookup, however many files its stories are spread over.
 */
export const resultsPageQueryOptions = (ordinals: number[], pageSize: number) =>
  queryOptions({
    queryKey: ['feed', 'results', ordinals.join()],
    queryFn: async ({ client }): Promise<FeedEntry[]> => {
      const files = new Map(
        await Promise.all(
          toPages(ordinals, pageSize).map(
            async (page) => [page, await client.fetchQuery(feedPageQueryOptions(page))] as const,
          ),
        ),
      )
      return ordinals.flatMap(
        (ordinal) => files.get(Math.floor(ordinal / pageSize) + 1)?.articles[ordinal % pageSize] ?? [],
      )
    },
  })
