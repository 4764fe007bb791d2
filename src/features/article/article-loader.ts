import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { articleQueryOptions, relatedQueryOptions } from './article-query.ts'

export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? ''
    // Related stories load alongside, without holding the page back.
    void queryClient.prefetchQuery(relatedQueryOptions(slug))
    await queryClient.ensureQueryData(articleQueryOptions(slug))
    return null
  }
