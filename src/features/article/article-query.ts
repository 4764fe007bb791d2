import { queryOptions } from '@tanstack/react-query'
import type { Article } from '../../lib/article.ts'
import { fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: () => fetchJson<Article>(dataPaths.article(slug)),
  })
