import type { DehydratedState } from '@tanstack/react-query'
import type { HydrationState } from 'react-router'

/** The id of the script element that carries the prerendered page's query cache. */
export const QUERY_STATE_ID = 'dateline-query-state'
/** The id of the script element that carries the router's loader data for the prerendered page. */
export const ROUTER_STATE_ID = 'dateline-router-state'

/**
 * A `<script type="application/json">`: a data block the browser never runs, so the page's Content Security
 * Policy needs no inline-script permission for it. `<` is escaped, so no text can close the element.
 */
export function toJsonScript(id: string, value: unknown, type = 'application/json'): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c')
  return `<script${id ? ` id="${id}"` : ''} type="${type}">${json}</script>`
}

/** Serialises the query cache for the page to carry. */
export const toQueryStateScript = (state: DehydratedState) => toJsonScript(QUERY_STATE_ID, state)

/**
 * Serialises the router's state for the page to carry, in place of React Router's own inline script
 * (`window.__staticRouterHydrationData = …`), which a strict policy would block. Prerendered pages are pages
 * that exist, so they carry no route errors.
 */
export const toRouterStateScript = (state: Pick<HydrationState, 'loaderData' | 'actionData'>) =>
  toJsonScript(ROUTER_STATE_ID, { loaderData: state.loaderData, actionData: state.actionData ?? null })

const readJson = <T>(id: string): T | undefined => {
  const text = document.getElementById(id)?.textContent
  return text ? (JSON.parse(text) as T) : undefined
}

/** Reads the query cache the prerendered page carries, if any. */
export const readQueryState = () => readJson<DehydratedState>(QUERY_STATE_ID)

/** Reads the router state the prerendered page carries, if any. */
export const readRouterState = () => readJson<HydrationState>(ROUTER_STATE_ID)
