import { lazy, Suspense } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import { toggleFilter, type FeedFilters } from '../../lib/filters.ts'

// Its own chunk, loaded only when the map is shown: never part of the first load.
const WorldMap = lazy(async () => ({ default: (await import('./world-map.tsx')).WorldMap }))

type Props = {
  counts: FacetCount[]
  filters: FeedFilters
  setFilters: (next: FeedFilters) => void
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** A "Show map" disclosure: the world shaded by stories per country; clicking a country toggles its filter. */
export function MapSection({ counts, filters, setFilters, open, onOpenChange }: Props) {
  return (
    <div className="mt-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="feed-map"
        onClick={() => onOpenChange(!open)}
        className="text-sm font-medium text-amber-800 underline dark:text-amber-400"
      >
        {open ? 'Hide map' : 'Show map'}
      </button>
      <div id="feed-map" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="py-8 text-sm">Loading map…</p>}>
            <WorldMap
              counts={counts}
              chosen={filters.country}
              onToggle={(code) => setFilters(toggleFilter(filters, 'country', code))}
            />
          </Suspense>
        )}
      </div>
    </div>
  )
}
