import { createElement, lazy, memo, Suspense, useState, type ComponentType, type ReactNode } from 'react'

type Loader = () => Promise<unknown>

/** Every deferred component's loader, so the prerenderer can load them all before it renders a page. */
const loaders = new Set<Loader>()

/**
 * A component whose code is not part of the page's first load. The prerenderer renders it in full (see
 * `loadDeferred`); in the browser its code starts loading as soon as the page's code runs, and hydration does
 * not wait for it: until it arrives, its Suspense boundary keeps the server's HTML on screen as it is, and
 * React hydrates it then. Memoised, so a render of the page around it while it loads does not make React
 * give up the server's HTML (a boundary that is still dehydrated and receives new props is rendered anew).
 * `fallback` shows only where it was never prerendered: a page the app renders itself, before the code is in.
 * `eager: false` leaves the loading to `load()` and the first render: for code that few visits need.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { fallback = null, eager = true }: { fallback?: ReactNode; eager?: boolean } = {},
): ComponentType<P> & { load: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component
      return component
    }))
  loaders.add(start)
  const Lazy = lazy(async () => ({ default: await start() }))
  // One element type for the life of an instance: a change of type would remount what is on screen.
  const Inner = (props: P) => {
    const [type] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>))
    return createElement(type, props)
  }
  const Deferred = memo((props: P) => (
    <Suspense fallback={fallback}>
      <Inner {...props} />
    </Suspense>
  ))
  if (eager && typeof window !== 'undefined') void start()
  return Object.assign(Deferred as unknown as ComponentType<P>, { load: start })
}

/** Loads the code of every deferred component defined so far: the prerenderer renders them in full. */
export const loadDeferred = () => Promise.all([...loaders].map((load) => load()))
