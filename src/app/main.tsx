import { hydrate, QueryClientProvider } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import '../index.css'
import { createQueryClient } from '../lib/query-client.ts'
import { readQueryState, readRouterState } from './hydration.ts'
import { createRoutes } from './routes.tsx'

async function start() {
  const queryClient = createQueryClient()
  const state = readQueryState()
  if (state) hydrate(queryClient, state)
  const routes = createRoutes(queryClient)
  await loadMatchedRoutes(routes)
  // The loader data the prerendered page carries: the router starts from it, with no second fetch.
  const router = createBrowserRouter(routes, { hydrationData: readRouterState() })
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  )
  const container = document.getElementById('root')!
  // In a transition, hydration yields to the browser every few milliseconds rather than holding the main
  // thread until the whole page is hydrated: a tap or a key is answered while it runs.
  if (container.hasChildNodes()) startTransition(() => void hydrateRoot(container, app))
  else createRoot(container).render(app)
}

/** Hydration must render what the server rendered, so the current page's lazy code is loaded first. */
async function loadMatchedRoutes(routes: RouteObject[]) {
  const matches = matchRoutes(routes, window.location) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      Object.assign(route, await route.lazy(), { lazy: undefined })
    }),
  )
}

void start()
