import { queryOptions } from '@tanstack/react-query'
import type { Article } from '../../lib/article.ts'
import type { RelatedEntry } from '../../lib/feed.ts'
import { fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: () => fetchJson<Article>(dataPaths.article(slug)),
  })

/** Up to four related stories; optional, so the page never waits for them. */
export const relatedQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'related', slug],
    queryFn: () => fetchJson<RelatedEntry[]>(dataPaths.related(slug)),
    retry: false,
  })
