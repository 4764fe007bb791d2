import { useEffect, useRef } from 'react'

/** How long the pointer rests on a control before it counts as intent, so sweeping across a list loads nothing. */
const HOVER_MS = 60

/**
 * Handlers that call `onIntent` when the reader is about to use a control: the pointer resting on it, or
 * keyboard focus reaching it (as React Router's `prefetch="intent"` does for links).
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
    onFocus: onIntent,
  }
}
