import { infiniteQueryOptions } from '@tanstack/react-query'
import { fetchJson } from '../../lib/fetch-json.ts'
import type { FeedPage } from '../../lib/feed.ts'
import { dataPaths } from '../../lib/paths.ts'

/** The feed, one small page file at a time: the first load never grows with the archive. */
export const feedQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['feed', 'pages'],
    queryFn: ({ pageParam }) => fetchJson<FeedPage>(dataPaths.feedPage(pageParam)),
    initialPageParam: 1,
    getNextPageParam: (last: FeedPage) => (last.page < last.pageCount ? last.page + 1 : undefined),
  })
