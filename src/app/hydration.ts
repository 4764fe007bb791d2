import type { DehydratedState } from '@tanstack/react-query'

/** The id of the script element that carries the prerendered page's query cache. */
export const QUERY_STATE_ID = 'dateline-query-state'

/** Serialises the query cache for a `<script type="application/json">`, safe against `</script>` in text. */
export function toQueryStateScript(state: DehydratedState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c')
  return `<script id="${QUERY_STATE_ID}" type="application/json">${json}</script>`
}

/** Reads the query cache the prerendered page carries, if any. */
export function readQueryState(): DehydratedState | undefined {
  const text = document.getElementById(QUERY_STATE_ID)?.textContent
  return text ? (JSON.parse(text) as DehydratedState) : undefined
}
