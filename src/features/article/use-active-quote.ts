import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { useHydrated } from '../../lib/use-hydrated.ts'

const QUOTE_HASH = /^#(quote-\d+)$/

/**
 * The quote the URL points at (`#quote-N`), scrolled into view whenever the hash changes — on a cold load
 * and on in-app navigation alike (history navigation does not update CSS `:target`, so this drives the mark).
 * The prerendered page cannot know the hash, so the mark is applied once hydrated, never during hydration.
 */
export function useActiveQuote(): string | null {
  const { hash, key } = useLocation()
  const hydrated = useHydrated()
  const active = hydrated ? (QUOTE_HASH.exec(hash)?.[1] ?? null) : null
  useEffect(() => {
    if (!active) return
    const element = document.getElementById(active)
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    element?.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' })
  }, [active, key])
  return active
}
