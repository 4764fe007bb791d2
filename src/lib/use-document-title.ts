import { useEffect } from 'react'

export const SITE_NAME = 'Dateline'

/** Keeps the tab title in step with the page; prerendered pages already carry it in their HTML. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — ${SITE_NAME}` : SITE_NAME
  }, [title])
}
