import { QueryClient } from '@tanstack/react-query'

/**
 * Content changes only when the site is rebuilt, so data stays fresh for the whole visit. The prerenderer
 * keeps its cache for the one page it renders (no garbage-collection timers to keep Node running).
 */
export function createQueryClient(): QueryClient {
  const inBrowser = typeof window !== 'undefined'
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: inBrowser ? 30 * 60 * 1000 : Infinity, retry: 1 },
    },
  })
}
