import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { articleLoader } from '../features/article/article-loader.ts'
import { feedLoader, feedShouldRevalidate } from '../features/feed/feed-loader.ts'
import { quoteLoader } from '../features/quote/quote-loader.ts'
import { NotFound } from '../lib/not-found.tsx'
import { AppLayout } from './app-layout.tsx'
import { RouteError } from './route-error.tsx'

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
              // The startup code already holds the not-found page (the error pages use it): no chunk of its own.
              Component: NotFound,
            },
          ],
        },
      ],
    },
  ]
}
