import { useEffect } from 'react'

export const SITE_NAME = 'Dateline'

/** The tab title of a page: its own title and the site's name, or the site's name alone for the feed. */
export function toDocumentTitle(title: string | null): string {
  return title ? `${title} — ${SITE_NAME}` : SITE_NAME
}

/** Keeps the tab title in step with the page; prerendered pages already carry it in their HTML. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = toDocumentTitle(title)
  }, [title])
}
