import type { FeedFilters } from '../../lib/filters.ts'

type Props = { filters: FeedFilters; setFilters: (next: FeedFilters) => void; onUse: () => void }

export const SEARCH_INPUT_ID = 'feed-search'

/** Searches headlines, summaries, text and speakers; the words go into the URL as `q`, beside the filters. */
export function SearchForm({ filters, setFilters, onUse }: Props) {
  return (
    <form
      role="search"
      aria-label="Stories"
      className="mt-3 flex max-w-xl gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        const q = new FormData(event.currentTarget).get('q')
        setFilters({ ...filters, q: typeof q === 'string' ? q.trim() : '' })
      }}
    >
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search stories
      </label>
      <input
        // A new URL query replaces what was typed, so Back shows the search it returns to.
        key={filters.q}
        id={SEARCH_INPUT_ID}
        name="q"
        type="search"
        defaultValue={filters.q}
        placeholder="Search stories, people, places"
        onFocus={onUse}
        className="min-w-0 flex-1 rounded border border-stone-400 bg-transparent px-3 py-1.5 dark:border-stone-600"
      />
      <button
        type="submit"
        className="rounded bg-stone-900 px-4 py-1.5 font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
      >
        Search
      </button>
    </form>
  )
}
