import { useId, type RefObject } from 'react'

type Props = {
  label: string
  query: string
  onQueryChange: (query: string) => void
  /** How many values match, announced as the reader types: "3 countries". */
  matches: string
  /** The list the box narrows: Down arrow moves into it. */
  list: RefObject<HTMLElement | null>
}

/** The "Find a country" box of a long group: narrows its list as one types. */
export function FacetFind({ label, query, onQueryChange, matches, list }: Props) {
  const id = useId()
  return (
    <div className="mt-1 mb-2">
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            const first = list.current?.querySelector<HTMLElement>('[role=checkbox][href], button')
            if (first) {
              event.preventDefault()
              first.focus()
            }
          } else if (event.key === 'Escape' && query) {
            event.preventDefault()
            onQueryChange('')
          }
        }}
        className="mt-0.5 w-full rounded border border-stone-500 bg-white px-2 py-1 text-sm dark:border-stone-500 dark:bg-stone-900"
      />
      <p role="status" className="mt-0.5 text-xs text-stone-600 dark:text-stone-400">
        {query.trim() ? matches : ''}
      </p>
    </div>
  )
}
