import { notifyManager, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useState, useSyncExternalStore, useTransition } from 'react'
import { FeedItem } from './feed-item.tsx'
import { FeedList } from './feed-list.tsx'
import { RESULTS_PAGE } from './filter-data.ts'
import { MoreButton } from './more-button.tsx'
import { resultsPageQueryOptions } from './results-page-query.ts'

/**
 * Stories rendered in the frame of a filter change: what a laptop or phone screen shows below the panel's top
 * (two or three). The rest of the page follows in a background render a frame or so later, so the reader
 * sees the new results as soon as possible.
 */
const FIRST_FRAME = 3

type Props = {
  matches: number[]
  terms: string[]
  pageSize: number
  /** Identifies the results (the filters' query string): new results start again at one page. */
  resultsKey: string
}

/** Consecutive slices of `size`. */
const chunk = <T,>(list: T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

type PageOptions = ReturnType<typeof resultsPageQueryOptions>

/**
 * Whether any of these pages of results is still loading, and whether any failed: read from the query cache,
 * where each page's own query (`ResultsPage`) loads it.
 */
function usePagesStatus(queryClient: QueryClient, pages: PageOptions[]) {
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(notifyManager.batchCalls(onChange)),
    [queryClient],
  )
  const read = () =>
    pages.map(({ queryKey }) => queryClient.getQueryState(queryKey)?.status ?? 'pending').join()
  const status = useSyncExternalStore(subscribe, read, read)
  return { loading: status.includes('pending'), failed: status.includes('error') }
}

/**
 * The matching stories, 20 at a time: their entries come from the feed page files that hold them, so only
 * the pages of stories on screen are loaded.
 */
export function FilteredResults({ matches, terms, pageSize, resultsKey }: Props) {
  const queryClient = useQueryClient()
  // Not a remount per filter change: stories in both the old and the new results keep their elements.
  const [more, setMore] = useState({ resultsKey, shown: RESULTS_PAGE })
  const shown = more.resultsKey === resultsKey ? more.shown : RESULTS_PAGE
  const [pending, startTransition] = useTransition()
  const settled = useDeferredValue(resultsKey, '') === resultsKey
  const pages = chunk(matches.slice(0, settled ? shown : FIRST_FRAME), RESULTS_PAGE)
  const queries = chunk(matches.slice(0, shown), RESULTS_PAGE).map((ordinals) =>
    resultsPageQueryOptions(ordinals, pageSize),
  )
  const { loading, failed } = usePagesStatus(queryClient, queries)
  return (
    <>
      <FeedList busy={loading}>
        {queries.map((options, i) => (
          <ResultsPage key={i} options={options} ordinals={pages[i]} terms={terms} />
        ))}
      </FeedList>
      {failed && (
        <p role="alert" className="mt-4">
          Some stories could not be loaded.{' '}
          <button
            type="button"
            className="underline"
            onClick={() =>
              queries.forEach(({ queryKey }) => {
                if (queryClient.getQueryState(queryKey)?.status === 'error')
                  void queryClient.refetchQueries({ queryKey, exact: true })
              })
            }
          >
            Try again
          </button>
        </p>
      )}
      {shown < matches.length && (
        // A transition keeps these stories on screen while the next page of results renders.
        <MoreButton
          onClick={() => startTransition(() => setMore({ resultsKey, shown: shown + RESULTS_PAGE }))}
          pending={pending}
        />
      )}
    </>
  )
}

/**
 * One page of results: loads its entries, and shows those of `ordinals` (none until the page is rendered,
 * while the rest of a filter change's stories wait for the frame after).
 */
function ResultsPage({
  options,
  ordinals,
  terms,
}: {
  options: PageOptions
  ordinals: number[] | undefined
  terms: string[]
}) {
  const { data: entries } = useQuery(options)
  if (!ordinals) return null
  // Rows keep their place while their entries load, so the list does not jump as they arrive.
  if (!entries)
    return ordinals.map((ordinal) => (
      <li key={ordinal} aria-hidden="true" className="h-28 animate-pulse py-5" />
    ))
  return entries
    .slice(0, ordinals.length)
    .map((entry) => <FeedItem key={entry.id} entry={entry} terms={terms} />)
}
