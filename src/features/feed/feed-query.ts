import { infiniteQueryOptions } from '@tanstack/react-query'
import type { FeedPage } from '../../lib/feed.ts'
import { feedPageQueryOptions } from './feed-page-query.ts'

/** The feed, one small page file at a time: the first load never grows with the archive. */
export const feedQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['feed', 'pages'],
    // Each page file is cached once, shared with the filtered results that pick entries from it.
    queryFn: ({ pageParam, client }) => client.fetchQuery(feedPageQueryOptions(pageParam)),
    initialPageParam: 1,
    getNextPageParam: (last: FeedPage) => (last.page < last.pageCount ? last.page + 1 : undefined),
  })
