import { useRef, useState } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import { findValues } from '../../lib/find-values.ts'
import type { FilterKey } from '../../lib/filters.ts'
import { toTopicPath } from '../../lib/topic-tree.ts'
import { FacetFind } from './facet-find.tsx'
import { FacetValue } from './facet-value.tsx'
import { TopicTree } from './topic-tree.tsx'

/** Values shown before "Show all": enough for the common case, short enough to scan. */
const COLLAPSED = 8

/** Groups with more values than this get a box to find one by typing. */
export const FIND_FROM = 12

type Props = {
  /** The URL parameter the group's values filter by. */
  filterKey: FilterKey
  legend: string
  /** What one value and several are called, for the find box and its count: ['country', 'countries']. */
  noun: [string, string]
  values: FacetCount[]
  chosen: string[]
  onToggle: (value: string) => void
  /** Called when the reader is about to toggle a value (pointer resting on it or pressing it, or focus). */
  onIntent?: (value: string) => void
  /** How many values there are in all, when `values` holds only the most frequent ones. */
  distinct?: number
  /** Called before showing all values, to load them when only the most frequent are at hand. */
  onShowAll?: () => void
  /** Shows the values as a tree by their `parent` (the topics). */
  tree?: boolean
}

/** One group of the filter panel: a checkbox per value, labelled with its name and story count. */
export function FacetGroup(props: Props) {
  const {
    filterKey,
    legend,
    noun,
    values,
    chosen,
    onToggle,
    onIntent,
    distinct = values.length,
    onShowAll,
    tree,
  } = props
  const [expanded, setExpanded] = useState(false)
  const [query, setQuery] = useState('')
  const list = useRef<HTMLDivElement>(null)
  const finding = query.trim() !== ''
  const found = finding ? findValues(values, query) : values
  const box = { filterKey, values, chosen, onToggle, onIntent }
  // Chosen values stay visible when the list is collapsed, so they can always be unchecked.
  const shown =
    expanded || finding ? found : found.filter((v, i) => i < COLLAPSED || chosen.includes(v.value))
  return (
    <fieldset className="mt-4 first:mt-0">
      <legend className="text-sm font-semibold tracking-wide text-stone-700 uppercase dark:text-stone-300">
        {legend}
      </legend>
      {distinct > FIND_FROM && (
        <FacetFind
          label={`Find a ${noun[0]}`}
          query={query}
          onQueryChange={setQuery}
          matches={found.length === 1 ? `1 ${noun[0]}` : `${found.length} ${noun[1]}`}
          list={list}
        />
      )}
      <div ref={list}>
        {values.length === 0 ? (
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">None</p>
        ) : tree && !finding ? (
          <TopicTree {...box} onExpand={onShowAll} />
        ) : (
          <ul className="mt-1 space-y-0.5">
            {shown.map((v) => (
              <li key={v.value} className="flex">
                <FacetValue
                  filterKey={filterKey}
                  value={v}
                  checked={chosen.includes(v.value)}
                  onToggle={onToggle}
                  onIntent={onIntent}
                  path={tree ? toTopicPath(v, values) : undefined}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      {!tree && !finding && distinct > COLLAPSED && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => {
            if (!expanded) onShowAll?.()
            setExpanded(!expanded)
          }}
          className="mt-1 text-sm font-medium text-amber-800 underline dark:text-amber-400"
        >
          {expanded ? 'Show fewer' : `Show all ${distinct}`}
          <span className="sr-only"> {legend.toLowerCase()} values</span>
        </button>
      )}
    </fieldset>
  )
}
