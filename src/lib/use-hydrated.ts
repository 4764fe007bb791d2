import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False while rendering on the server and while hydrating, true after: what only the browser knows (the URL's
 * hash, filters the prerendered page does not have) applies right after hydration, so the first render
 * matches the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}
