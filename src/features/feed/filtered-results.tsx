import { useQueries } from '@tanstack/react-query'
import { useState, useTransition } from 'react'
import { FeedItem } from './feed-item.tsx'
import { feedPageQueryOptions } from './feed-page-query.ts'
import { toPages } from './filtered-view.ts'
import { RESULTS_PAGE } from './load-filtered-view.ts'
import { MoreButton } from './more-button.tsx'

type Props = { matches: number[]; terms: string[]; pageSize: number }

/**
 * The matching stories, 20 at a time: their entries come from the feed page files that hold them, so only
 * the pages of stories on screen are loaded.
 */
export function FilteredResults({ matches, terms, pageSize }: Props) {
  const [shown, setShown] = useState(RESULTS_PAGE)
  const [pending, startTransition] = useTransition()
  const ordinals = matches.slice(0, shown)
  const pages = toPages(ordinals, pageSize)
  const results = useQueries({ queries: pages.map(feedPageQueryOptions) })
  const byPage = new Map(pages.map((page, i) => [page, results[i]?.data]))
  const failed = results.some((r) => r.isError)
  const loading = results.some((r) => r.isPending)
  return (
    <>
      <ol aria-busy={loading} className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
        {ordinals.map((ordinal) => {
          const page = byPage.get(Math.floor(ordinal / pageSize) + 1)
          const entry = page?.articles[ordinal % pageSize]
          // A row keeps its place while its page loads, so the list does not jump as entries arrive.
          if (!entry)
            return page ? null : <li key={ordinal} aria-hidden="true" className="h-28 animate-pulse py-5" />
          return <FeedItem key={entry.id} entry={entry} terms={terms} />
        })}
      </ol>
      {failed && (
        <p role="alert" className="mt-4">
          Some stories could not be loaded.{' '}
          <button
            type="button"
            className="underline"
            onClick={() => results.forEach((r) => r.isError && void r.refetch())}
          >
            Try again
          </button>
        </p>
      )}
      {shown < matches.length && (
        // A transition keeps these stories on screen while the next pages load.
        <MoreButton onClick={() => startTransition(() => setShown(shown + RESULTS_PAGE))} pending={pending} />
      )}
    </>
  )
}
