import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { deferred } from '../../lib/deferred.tsx'
import { hasFilters, type FeedFilters } from '../../lib/filters.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useHydrated } from '../../lib/use-hydrated.ts'
import { facetIndexQueryOptions } from './facet-index-query.ts'
import { FilteredFeed, filterCode, LatestFeed, loadFilterCode } from './feed-code.tsx'
import type { PanelProps } from './filtered-feed.tsx'
import { SearchForm } from './search-form.tsx'
import { useFeedFilters } from './use-feed-filters.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

// The shortcuts' dialog is closed until asked for: it is added after hydration, its code outside the first load.
const KeyboardShortcuts = deferred(async () => (await import('./keyboard-shortcuts.tsx')).KeyboardShortcuts)

/** The feed: the latest stories, or those the URL's filters and search pick, with the filter panel. */
export function FeedPage() {
  useDocumentTitle(null)
  const queryClient = useQueryClient()
  const { filters, chosen, setFilters } = useFeedFilters()
  const [panelOpen, setPanelOpen] = useState(false)
  const [mapOpen, setMapOpen] = useState(false)
  const hydrated = useHydrated()
  // Reaching for the panel or search starts loading the vocabulary and the code of filtered feeds; pointing
  // at a value, that value's data.
  const onUse = useCallback(() => {
    void queryClient.prefetchQuery(vocabularyQueryOptions())
    void loadFilterCode()
  }, [queryClient])
  // Every value's counts and search come from the whole index, loaded when the reader reaches for them.
  const onShowAll = useCallback(() => {
    void queryClient.prefetchQuery(facetIndexQueryOptions())
    void queryClient.prefetchQuery(vocabularyQueryOptions())
    void loadFilterCode()
  }, [queryClient])
  const onPreview = useCallback(
    (next: FeedFilters) => {
      const code = filterCode()
      if (code) code.prefetchResults(queryClient, next)
      else void loadFilterCode().then((loaded) => loaded.prefetchResults(queryClient, next))
    },
    [queryClient],
  )
  const panel = useMemo(
    () => ({ open: panelOpen, onOpenChange: setPanelOpen, onUse, onShowAll, onPreview }),
    [panelOpen, onUse, onShowAll, onPreview],
  )
  const map = useMemo(() => ({ open: mapOpen, onOpenChange: setMapOpen }), [mapOpen])
  const props: PanelProps = { filters, chosen, setFilters, panel, map }
  return (
    <section aria-labelledby="feed-title">
      <h1 id="feed-title" tabIndex={-1} className="font-serif text-3xl font-bold">
        Latest news
      </h1>
      <SearchForm filters={filters} setFilters={setFilters} onUse={onShowAll} />
      {hydrated && <KeyboardShortcuts />}
      {hasFilters(filters) ? <FilteredFeed {...props} /> : <LatestFeed {...props} />}
    </section>
  )
}
