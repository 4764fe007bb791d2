import { memo } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import { useIntent } from './use-intent.ts'

type Props = {
  value: FacetCount
  checked: boolean
  onToggle: (value: string) => void
  onIntent?: (value: string) => void
  /** Something under this value is chosen, but not the value itself: the box shows as partly chosen. */
  mixed?: boolean
  /** Under a chosen value: shown checked, and (unless chosen itself) unchecked by unchecking that value. */
  implied?: boolean
  /** Where the value stands, under its name ("crime, law and justice › law enforcement"). */
  path?: string[]
}

/**
 * One checkbox of the filter panel, labelled with the value's name and story count. Memoised on what it shows
 * (each filter change brings new value objects): a change re-renders only the boxes whose count or state moved.
 */
export const FacetValue = memo(function FacetValue({
  value,
  checked,
  onToggle,
  onIntent,
  mixed = false,
  implied = false,
  path,
}: Props) {
  const intent = useIntent(onIntent && (() => onIntent(value.value)))
  // A value chosen in its own right can still be unchecked under a chosen parent.
  const locked = implied && !checked
  return (
    <label
      {...(locked ? {} : intent)}
      className={`flex min-w-0 flex-1 items-baseline gap-2 py-0.5 text-sm ${locked ? '' : 'cursor-pointer'}`}
    >
      <input
        type="checkbox"
        checked={checked || implied}
        disabled={locked}
        // The DOM has no attribute for it: a partly chosen box is set as a property.
        ref={(input) => {
          if (input) input.indeterminate = mixed && !checked && !implied
        }}
        onChange={() => onToggle(value.value)}
        className="shrink-0 accent-amber-700"
      />
      <span className="min-w-0">
        <span className="block first-letter:uppercase">{value.name}</span>
        {path && path.length > 0 && (
          <span className="block text-xs text-stone-600 dark:text-stone-400">
            <span className="sr-only">in </span>
            {path.join(' › ')}
          </span>
        )}
      </span>
      <span className="ml-auto text-stone-600 tabular-nums dark:text-stone-400">({value.count})</span>
    </label>
  )
}, sameBox)

function sameBox(a: Props, b: Props): boolean {
  return (
    a.value.value === b.value.value &&
    a.value.name === b.value.name &&
    a.value.count === b.value.count &&
    a.checked === b.checked &&
    a.mixed === b.mixed &&
    a.implied === b.implied &&
    a.onToggle === b.onToggle &&
    a.onIntent === b.onIntent &&
    (a.path ?? []).join('\u0000') === (b.path ?? []).join('\u0000')
  )
}
