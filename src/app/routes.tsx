import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { articleLoader } from '../features/article/article-loader.ts'
import { feedLoader, feedShouldRevalidate } from '../features/feed/feed-loader.ts'
import { quoteLoader } from '../features/quote/quote-loader.ts'
import { deferred } from '../lib/deferred.tsx'
import { AppLayout } from './app-layout.tsx'

// Pages no prerendered page hydrates with: outside the first load, their code in by the time one is needed.
const RouteError = deferred(async () => (await import('./route-error.tsx')).RouteError)
const NotFound = deferred(async () => (await import('../lib/not-found.tsx')).NotFound)

/**
 * The route tree, shared by the browser router and the prerenderer. Loaders are static so data loads in
 * parallel with the lazily loaded page code; each page's code is its own chunk.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: AppLayout,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            {
              index: true,
              loader: feedLoader(queryClient),
              shouldRevalidate: feedShouldRevalidate(queryClient),
              lazy: async () => ({ Component: (await import('../features/feed/feed-page.tsx')).FeedPage }),
            },
            {
              path: 'articles/:slug',
              loader: articleLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/article/article-page.tsx')).ArticlePage,
              }),
            },
            {
              path: 'articles/:slug/quotes/:n',
              loader: quoteLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../features/quote/quote-page.tsx')).QuotePage,
              }),
            },
            {
              path: '*',
              Component: NotFound,
            },
          ],
        },
      ],
    },
  ]
}
