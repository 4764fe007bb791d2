import { useState } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import { useIntent } from './use-intent.ts'

/** Values shown before "Show all": enough for the common case, short enough to scan. */
const COLLAPSED = 8

type Props = {
  legend: string
  values: FacetCount[]
  chosen: string[]
  onToggle: (value: string) => void
  /** Called when the reader is about to toggle a value (pointer resting on it or pressing it, or focus). */
  onIntent?: (value: string) => void
  /** How many values there are in all, when `values` holds only the most frequent ones. */
  distinct?: number
  /** Called before showing all values, to load them when only the most frequent are at hand. */
  onShowAll?: () => void
}

/** One group of the filter panel: a checkbox per value, labelled with its name and story count. */
export function FacetGroup({
  legend,
  values,
  chosen,
  onToggle,
  onIntent,
  distinct = values.length,
  onShowAll,
}: Props) {
  const [expanded, setExpanded] = useState(false)
  // Chosen values stay visible when the list is collapsed, so they can always be unchecked.
  const shown = expanded ? values : values.filter((v, i) => i < COLLAPSED || chosen.includes(v.value))
  return (
    <fieldset className="mt-4 first:mt-0">
      <legend className="text-sm font-semibold tracking-wide text-stone-700 uppercase dark:text-stone-300">
        {legend}
      </legend>
      {values.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">None</p>
      ) : (
        <ul className="mt-1 space-y-0.5">
          {shown.map((v) => (
            <FacetValue
              key={v.value}
              value={v}
              checked={chosen.includes(v.value)}
              onToggle={onToggle}
              onIntent={onIntent}
            />
          ))}
        </ul>
      )}
      {distinct > COLLAPSED && (
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

type ValueProps = {
  value: FacetCount
  checked: boolean
  onToggle: (value: string) => void
  onIntent?: (value: string) => void
}

function FacetValue({ value, checked, onToggle, onIntent }: ValueProps) {
  const intent = useIntent(onIntent && (() => onIntent(value.value)))
  return (
    <li>
      <label {...intent} className="flex cursor-pointer items-baseline gap-2 py-0.5 text-sm">
        <input
          type="checkbox"
          checked={checked}
          onChange={() => onToggle(value.value)}
          className="accent-amber-700"
        />
        <span className="first-letter:uppercase">{value.name}</span>
        <span className="ml-auto text-stone-600 tabular-nums dark:text-stone-400">({value.count})</span>
      </label>
    </li>
  )
}
