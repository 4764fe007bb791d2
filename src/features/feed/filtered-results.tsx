import { useSuspenseQueries } from '@tanstack/react-query'
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
  const results = useSuspenseQueries({ queries: pages.map(feedPageQueryOptions) })
  const byPage = new Map(pages.map((page, i) => [page, results[i]!.data]))
  const entries = ordinals.flatMap(
    (ordinal) => byPage.get(Math.floor(ordinal / pageSize) + 1)?.articles[ordinal % pageSize] ?? [],
  )
  return (
    <>
      <ol className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
        {entries.map((entry) => (
          <FeedItem key={entry.id} entry={entry} terms={terms} />
        ))}
      </ol>
      {shown < matches.length && (
        // A transition keeps these stories on screen while the next pages load.
        <MoreButton onClick={() => startTransition(() => setShown(shown + RESULTS_PAGE))} pending={pending} />
      )}
    </>
  )
}
