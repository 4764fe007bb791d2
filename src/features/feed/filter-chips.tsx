import type { FacetCount } from '../../lib/facets.ts'
import { FILTER_KEYS, NO_FILTERS, toggleFilter, type FeedFilters, type FilterKey } from '../../lib/filters.ts'

type Props = {
  filters: FeedFilters
  groups: Record<FilterKey, FacetCount[]>
  onChange: (next: FeedFilters) => void
}

const chip =
  'inline-flex items-center gap-1 rounded-full border border-amber-700 px-3 py-0.5 text-sm hover:bg-amber-50 dark:border-amber-500 dark:hover:bg-stone-900'

/** The active filters as removable chips above the feed, and a way to clear them all. */
export function FilterChips({ filters, groups, onChange }: Props) {
  const chips = FILTER_KEYS.flatMap((key) =>
    filters[key].map((value) => ({
      key,
      value,
      name: groups[key].find((v) => v.value === value)?.name ?? value,
    })),
  )
  if (chips.length === 0 && !filters.q) return null
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex flex-wrap gap-2">
        {chips.map(({ key, value, name }) => (
          <li key={`${key}:${value}`}>
            <button
              type="button"
              className={chip}
              onClick={() => onChange(toggleFilter(filters, key, value))}
            >
              <span className="first-letter:uppercase">{name}</span>
              <span aria-hidden="true">×</span>
              <span className="sr-only">(remove filter)</span>
            </button>
          </li>
        ))}
        {filters.q && (
          <li>
            <button type="button" className={chip} onClick={() => onChange({ ...filters, q: '' })}>
              “{filters.q}”<span aria-hidden="true">×</span>
              <span className="sr-only">(remove search)</span>
            </button>
          </li>
        )}
      </ul>
      <button type="button" onClick={() => onChange(NO_FILTERS)} className="text-sm underline">
        Clear all
      </button>
    </div>
  )
}
