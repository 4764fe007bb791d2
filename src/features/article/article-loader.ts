import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { ArticleAside } from './article-code.tsx'
import { articleQueryOptions, relatedQueryOptions } from './article-query.ts'

export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? ''
    // Related stories load alongside, without holding the page back.
    void queryClient.prefetchQuery(relatedQueryOptions(slug))
    await Promise.all([queryClient.ensureQueryData(articleQueryOptions(slug)), ArticleAside.load()])
    return null
  }
