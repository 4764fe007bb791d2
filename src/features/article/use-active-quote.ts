import { useEffect } from 'react'
import { useLocation } from 'react-router'

const QUOTE_HASH = /^#(quote-\d+)$/

/**
 * The quote the URL points at (`#quote-N`), scrolled into view whenever the hash changes — on a cold load
 * and on in-app navigation alike (history navigation does not update CSS `:target`, so this drives the mark).
 */
export function useActiveQuote(): string | null {
  const { hash, key } = useLocation()
  const active = QUOTE_HASH.exec(hash)?.[1] ?? null
  useEffect(() => {
    if (!active) return
    const element = document.getElementById(active)
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    element?.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' })
  }, [active, key])
  return active
}
