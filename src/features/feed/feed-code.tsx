import { deferred } from '../../lib/deferred.tsx'
import type { PanelProps } from './filtered-feed.tsx'

type FilterCode = typeof import('./load-filtered-view.ts')

/**
 * The stories and the panel of the unfiltered feed: prerendered, their code outside the first load. Until it
 * is in, the page shows the server's HTML, whose links are plain links (the props given to it stay the same
 * objects while it loads). A navigation to the feed loads it with the data.
 */
export const LatestFeed = deferred<PanelProps>(async () => (await import('./latest-feed.tsx')).LatestFeed, {
  eager: false,
})

/**
 * The filtered feed and what computes it: their own chunks, outside the first load of `/` (the prerendered
 * feed is the unfiltered one). Loaded when a URL has filters, or when the reader reaches for the panel.
 */
export const FilteredFeed = deferred<PanelProps>(
  async () => (await import('./filtered-feed.tsx')).FilteredFeed,
  { eager: false, fallback: <p className="mt-6">Loading stories…</p> },
)

let code: FilterCode | undefined
let loading: Promise<FilterCode> | undefined

/**
 * Loads the code of filtered feeds: the component that shows one and the controls it shows, and what
 * computes the next one (a filter change's loader and prefetches); resolves to the latter.
 */
export const loadFilterCode = () =>
  (loading ??= Promise.all([
    import('./load-filtered-view.ts'),
    FilteredFeed.load(),
    import('./filtered-feed.tsx').then((feed) => feed.loadControls()),
  ]).then(([loaded]) => {
    code = loaded
    return loaded
  }))

/** The code of filtered feeds, once loaded. */
export const filterCode = (): FilterCode | undefined => code
