import { useLayoutEffect, useMemo, useRef } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import { FILTER_KEYS, toggleFilter, type FeedFilters, type FilterKey } from '../../lib/filters.ts'
import { useHydrated } from '../../lib/use-hydrated.ts'
import { FacetGroup } from './facet-group.tsx'
import { FollowFilterLink } from './follow-filter-link.tsx'

const LEGENDS: Record<FilterKey, string> = { country: 'Country', region: 'Region', topic: 'Topic' }
const NOUNS: Record<FilterKey, [string, string]> = {
  country: ['country', 'countries'],
  region: ['region', 'regions'],
  topic: ['topic', 'topics'],
}

type Props = {
  groups: Record<FilterKey, FacetCount[]>
  /** Values per group in all, when `groups` holds only the most frequent (the precomputed counts). */
  distinct?: Record<FilterKey, number>
  /** What the checkboxes show. */
  filters: FeedFilters
  /** Called with the filters a checkbox gives when toggled. */
  onChange: (next: FeedFilters) => void
  /** Called with the filters a checkbox would give, when the reader is about to toggle it. */
  onPreview?: (next: FeedFilters) => void
  /** Open on phones, where the panel is a drawer behind the "Filters" button; always shown from 640px. */
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Called when the reader reaches for the panel, to start loading what filtering needs. */
  onUse: () => void
  /** Called when the reader asks for every value of a group, to start loading every value's counts. */
  onShowAll?: () => void
}

/**
 * The filter panel: Country, Region and Topic groups, counted as faceted search does. Its values are links
 * to their filter URLs, which work before the panel has hydrated; `data-hydrated` on `#filter-panel` says
 * when it has, and its boxes toggle in the app from then on.
 */
export function FilterPanel(props: Props) {
  const { groups, distinct, filters, onChange, onPreview, open, onOpenChange, onUse, onShowAll } = props
  const chosen = FILTER_KEYS.reduce((n, key) => n + filters[key].length, 0)
  const handlers = useStableHandlers(filters, onChange, onPreview)
  const hydrated = useHydrated()
  return (
    <div onPointerEnter={onUse} onFocus={onUse}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => {
          onUse()
          onOpenChange(!open)
        }}
        className="w-full rounded border border-stone-400 px-4 py-2 text-left font-medium sm:hidden dark:border-stone-600"
      >
        Filters{chosen > 0 ? ` (${chosen})` : ''}
      </button>
      <div
        id="filter-panel"
        data-hydrated={hydrated ? '' : undefined}
        className={`${open ? 'mt-3 block' : 'hidden'} sm:mt-0 sm:block`}
      >
        {FILTER_KEYS.map((key) => (
          <FacetGroup
            key={key}
            filterKey={key}
            legend={LEGENDS[key]}
            noun={NOUNS[key]}
            tree={key === 'topic'}
            values={groups[key]}
            chosen={filters[key]}
            onToggle={handlers[key].onToggle}
            onIntent={onPreview && handlers[key].onIntent}
            distinct={distinct?.[key]}
            onShowAll={onShowAll ?? onUse}
          />
        ))}
        <FollowFilterLink filters={filters} />
      </div>
    </div>
  )
}

type Handlers = Record<FilterKey, { onToggle: (value: string) => void; onIntent: (value: string) => void }>

/**
 * Per group, toggle and intent handlers that stay the same functions from render to render (they read the
 * latest filters when called), so a checkbox whose name, count and state did not change is not rendered again.
 */
function useStableHandlers(
  filters: FeedFilters,
  onChange: (next: FeedFilters) => void,
  onPreview: ((next: FeedFilters) => void) | undefined,
): Handlers {
  const latest = useRef({ filters, onChange, onPreview })
  useLayoutEffect(() => {
    latest.current = { filters, onChange, onPreview }
  })
  return useMemo(() => {
    const handlers = {} as Handlers
    for (const key of FILTER_KEYS)
      handlers[key] = {
        onToggle: (value) => latest.current.onChange(toggleFilter(latest.current.filters, key, value)),
        onIntent: (value) => latest.current.onPreview?.(toggleFilter(latest.current.filters, key, value)),
      }
    return handlers
  }, [])
}
