import { useCallback, type MouseEvent } from 'react'
import { useNavigate } from 'react-router'

/**
 * A click handler for a list of plain links: a plain left click on a link to this site navigates inside the
 * app, as `<Link>` does; modified clicks, other windows, downloads and other sites keep the browser's own
 * behaviour. One handler on the list instead of a `<Link>` per story: links re-render on every navigation
 * (they read the location), and a feed changes its URL on every filter.
 */
export function useInAppLinks(): (event: MouseEvent) => void {
  const navigate = useNavigate()
  return useCallback(
    (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return
      const link = event.target instanceof Element ? event.target.closest('a') : null
      if (!link?.href || (link.target && link.target !== '_self') || link.hasAttribute('download')) return
      const url = new URL(link.href)
      if (url.origin !== window.location.origin) return
      event.preventDefault()
      void navigate(url.pathname + url.search + url.hash)
    },
    [navigate],
  )
}
