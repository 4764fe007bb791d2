import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { feedQueryOptions } from './feed-query.ts'
import { FeedItem } from './feed-item.tsx'

export function FeedPage() {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } =
    useSuspenseInfiniteQuery(feedQueryOptions())
  useDocumentTitle(null)
  const entries = data.pages.flatMap((page) => page.articles)
  const total = data.pages[0]?.total ?? 0
  return (
    <section aria-labelledby="feed-title">
      <h1 id="feed-title" tabIndex={-1} className="font-serif text-3xl font-bold">
        Latest news
      </h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {total === 1 ? '1 story' : `${total} stories`}
      </p>
      {entries.length === 0 ? (
        <p className="mt-8">No stories yet. Add raw news text to the content folder and rebuild.</p>
      ) : (
        <ol className="mt-4 divide-y divide-stone-200 dark:divide-stone-800">
          {entries.map((entry) => (
            <FeedItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {hasNextPage && (
        <button
          type="button"
          onClick={() => void fetchNextPage()}
          disabled={isFetchingNextPage}
          className="mt-6 rounded border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-900"
        >
          {isFetchingNextPage ? 'Loading…' : 'More stories'}
        </button>
      )}
    </section>
  )
}
