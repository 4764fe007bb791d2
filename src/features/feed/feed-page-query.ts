import { queryOptions } from '@tanstack/react-query'
import type { FeedPage } from '../../lib/feed.ts'
import { fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'

/** One feed page file by number, for filtered results that pick their entries from many pages. */
export const feedPageQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['feed', 'page', page],
    queryFn: () => fetchJson<FeedPage>(dataPaths.feedPage(page)),
  })
