import { memo, type KeyboardEvent, type MouseEvent } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import type { FilterKey } from '../../lib/filters.ts'
import { paths } from '../../lib/paths.ts'
import { useIntent } from './use-intent.ts'

type Props = {
  /** The group the value belongs to: its link is the feed filtered by it (`/?country=pk`). */
  filterKey: FilterKey
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
 * One checkbox of the filter panel, labelled with the value's name and story count. It is a link to the feed
 * filtered by the value, in the role of a checkbox: before the panel has hydrated (or with no script at all)
 * a click or Enter follows the link, which the app opens filtered; once hydrated, a click, Enter or Space
 * toggles the value in the app, as a checkbox does. The box beside the name is the browser's own checkbox,
 * shown and never used (inert, hidden from assistive technology): the link covers the whole row.
 * Memoised on what it shows (each filter change brings new value objects): a change re-renders only the boxes
 * whose count or state moved.
 */
export const FacetValue = memo(function FacetValue({
  filterKey,
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
  const partly = mixed && !checked && !implied
  const toggle = (event: MouseEvent | KeyboardEvent) => {
    // A modified click ("open in a new tab") is the link's own.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    if ('button' in event && event.button !== 0) return
    event.preventDefault()
    onToggle(value.value)
  }
  return (
    <div
      {...(locked ? {} : intent)}
      className="group relative flex min-w-0 flex-1 items-baseline gap-2 py-0.5 text-sm"
    >
      <input
        type="checkbox"
        inert
        aria-hidden="true"
        tabIndex={-1}
        readOnly
        checked={checked || implied}
        disabled={locked}
        // The DOM has no attribute for it: a partly chosen box is set as a property.
        ref={(input) => {
          if (input) input.indeterminate = partly
        }}
        // The link's focus shows on the box, as a checkbox's own would.
        className="pointer-events-none shrink-0 accent-amber-700 group-has-[a:focus-visible]:outline-2 group-has-[a:focus-visible]:outline-offset-2 group-has-[a:focus-visible]:outline-amber-600 dark:group-has-[a:focus-visible]:outline-amber-400"
      />
      {/* A locked value has no link: like a disabled checkbox, it can be neither focused nor used. */}
      <a
        role="checkbox"
        aria-checked={checked || implied ? true : partly ? 'mixed' : false}
        {...(locked
          ? { 'aria-disabled': true }
          : {
              href: paths.filteredFeed({ [filterKey]: [value.value] }),
              onClick: toggle,
              onKeyDown: (event: KeyboardEvent) => {
                if (event.key === ' ' && !event.repeat) toggle(event)
              },
            })}
        className="flex min-w-0 flex-1 items-baseline gap-2 after:absolute after:inset-0 focus-visible:outline-none"
      >
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
      </a>
    </div>
  )
}, sameBox)

function sameBox(a: Props, b: Props): boolean {
  return (
    a.filterKey === b.filterKey &&
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
