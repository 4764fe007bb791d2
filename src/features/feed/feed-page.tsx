import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useCallback, useState } from 'react'
import { hasFilters, type FeedFilters } from '../../lib/filters.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { FilteredFeed, type PanelProps } from './filtered-feed.tsx'
import { KeyboardShortcuts } from './keyboard-shortcuts.tsx'
import { LatestFeed } from './latest-feed.tsx'
import { filterDataQueries, prefetchResults } from './load-filtered-view.ts'
import { SearchForm } from './search-form.tsx'
import { useFeedFilters } from './use-feed-filters.ts'

/** The feed: the latest stories, or those the URL's filters and search pick, with the filter panel. */
export function FeedPage() {
  useDocumentTitle(null)
  const queryClient = useQueryClient()
  const { filters, chosen, setFilters } = useFeedFilters()
  const [panelOpen, setPanelOpen] = useState(false)
  const [mapOpen, setMapOpen] = useState(false)
  // Reaching for the panel or search starts loading the vocabulary; pointing at a value, that value's data.
  const onUse = useCallback(() => {
    void queryClient.prefetchQuery(filterDataQueries('').vocabulary)
  }, [queryClient])
  // Every value's counts and search come from the whole index, loaded when the reader reaches for them.
  const onShowAll = useCallback(() => {
    const { index, vocabulary } = filterDataQueries('')
    void queryClient.prefetchQuery(index)
    void queryClient.prefetchQuery(vocabulary)
  }, [queryClient])
  const onPreview = useCallback((next: FeedFilters) => prefetchResults(queryClient, next), [queryClient])
  const props: PanelProps = {
    filters,
    chosen,
    setFilters,
    panel: { open: panelOpen, onOpenChange: setPanelOpen, onUse, onShowAll, onPreview },
    map: { open: mapOpen, onOpenChange: setMapOpen },
  }
  return (
    <section aria-labelledby="feed-title">
      <h1 id="feed-title" tabIndex={-1} className="font-serif text-3xl font-bold">
        Latest news
      </h1>
      <SearchForm filters={filters} setFilters={setFilters} onUse={onShowAll} />
      <KeyboardShortcuts />
      {hasFilters(filters) ? (
        <Suspense fallback={<p className="mt-6">Loading stories…</p>}>
          <FilteredFeed {...props} />
        </Suspense>
      ) : (
        <LatestFeed {...props} />
      )}
    </section>
  )
}
