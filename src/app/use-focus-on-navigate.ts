import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After an in-app navigation, moves focus to the new page's heading so keyboard and screen-reader users
 * start at the top of what changed. The first load keeps the browser's own focus.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true })
  }, [pathname])
}
