import { useEffect, useRef } from 'react'

/** How long the pointer rests on a control before it counts as intent, so sweeping across a list loads nothing. */
const HOVER_MS = 60

/**
 * Handlers that call `onIntent` when the reader is about to use a control: the pointer resting on it or
 * pressing it, or keyboard focus reaching it (as React Router's `prefetch="intent"` does for links).
 */
export function useIntent(onIntent: (() => void) | undefined) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  if (!onIntent) return {}
  return {
    onPointerEnter: () => {
      clearTimeout(timer.current)
      timer.current = setTimeout(onIntent, HOVER_MS)
    },
    onPointerLeave: () => clearTimeout(timer.current),
    // A tap or a quick click: the press comes a tenth of a second or so before the click.
    onPointerDown: () => {
      clearTimeout(timer.current)
      onIntent()
    },
    onFocus: onIntent,
  }
}
