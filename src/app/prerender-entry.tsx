import { dehydrate, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { articleQueryOptions, relatedQueryOptions } from '../features/article/article-query.ts'
import { facetCountsQueryOptions } from '../features/feed/facet-counts-query.ts'
import { feedPageQueryOptions } from '../features/feed/feed-page-query.ts'
import { feedQueryOptions } from '../features/feed/feed-query.ts'
import { quotePageQueryOptions } from '../features/quote/quote-query.ts'
import type { Article } from '../lib/article.ts'
import { loadDeferred } from '../lib/deferred.tsx'
import type { FacetCounts } from '../lib/facets.ts'
import type { FeedPage, RelatedEntry } from '../lib/feed.ts'
import { createQueryClient } from '../lib/query-client.ts'
import type { QuotePage } from '../lib/quote-page.ts'
import { toQueryStateScript, toRouterStateScript } from './hydration.ts'
import { createRoutes } from './routes.tsx'

export type PrerenderedPage = { status: number; html: string; queryState: string }

/**
 * The query cache and the static handler over the app's routes, made once: each page empties the cache and
 * fills it with its own data, so a page carries only what it shows.
 */
const queryClient = createQueryClient()
const { query, dataRoutes } = createStaticHandler(createRoutes(queryClient))
/** The page being rendered: the one cache serves one page at a time, each after the one before. */
let rendering: Promise<unknown> = Promise.resolve()

/**
 * Renders one URL to HTML with React Router's static handler. `preload` fills the query cache with the data
 * the page needs (read from the data files), so loaders find it there; the cache is returned dehydrated for
 * the page to carry, and the browser hydrates from it without fetching again. Its times are `builtAt` (the
 * content's date), not the clock's, so the same content renders the same bytes; data never goes stale.
 * Pages asked for at once are rendered one after another (rendering is synchronous: they would not overlap).
 */
export function prerender(
  url: string,
  preload: (queryClient: QueryClient) => void,
  options: { hydrate?: boolean; builtAt?: number } = {},
): Promise<PrerenderedPage> {
  const page = rendering.then(() => render(url, preload, options))
  rendering = page.catch(() => {})
  return page
}

async function render(
  url: string,
  preload: (queryClient: QueryClient) => void,
  { hydrate = true, builtAt = Date.now() },
): Promise<PrerenderedPage> {
  queryClient.clear()
  preload(queryClient)
  const context = await query(new Request(new URL(url, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${url} answered with a redirect`)
  // The page is rendered in full: the code the browser loads after hydrating too (its route's code is loaded).
  await loadDeferred()
  const router = createStaticRouter(dataRoutes, context)
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      {/* The router's state goes into a JSON data block below, not React Router's inline script. */}
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
  )
  if (hydrate && context.errors) throw new Error(`${url} rendered an error page`)
  return {
    status: context.statusCode,
    html,
    queryState: hydrate
      ? toQueryStateScript(atTime(dehydrate(queryClient), builtAt)) + toRouterStateScript(context)
      : '',
  }
}

/**
 * The inline scripts React writes into a page of its own accord: the listener that keeps a form submitted
 * before its part of the page has hydrated (a deferred part whose code is still loading), for React to run
 * its action when it does. The same on every page; the Content Security Policy allows them by their hash.
 */
export const reactInlineScripts = (): string[] =>
  [...renderToString(<form action={() => {}} />).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)

const atTime = (state: DehydratedState, time: number): DehydratedState => ({
  ...state,
  queries: state.queries.map((q) => ({
    ...q,
    dehydratedAt: time,
    state: { ...q.state, dataUpdatedAt: time },
  })),
})

/** Puts the feed's first page (also as the page file it is) and the panel's counts into the cache. */
export function preloadFeed(queryClient: QueryClient, page: FeedPage, counts: FacetCounts): void {
  queryClient.setQueryData(feedQueryOptions().queryKey, { pages: [page], pageParams: [page.page] })
  queryClient.setQueryData(feedPageQueryOptions(page.page).queryKey, page)
  queryClient.setQueryData(facetCountsQueryOptions().queryKey, counts)
}

/** Puts one article and its related stories into the cache under its slug. */
export function preloadArticle(queryClient: QueryClient, article: Article, related: RelatedEntry[]): void {
  queryClient.setQueryData(articleQueryOptions(article.slug).queryKey, article)
  queryClient.setQueryData(relatedQueryOptions(article.slug).queryKey, related)
}

/** Puts one quote's page data into the cache: the quote and its paragraph, not the story's text. */
export function preloadQuote(queryClient: QueryClient, page: QuotePage): void {
  queryClient.setQueryData(quotePageQueryOptions(page.slug, page.quote.id).queryKey, page)
}
