import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { NO_FILTERS, parseFilters, type FeedFilters } from '../../lib/filters.ts'
import { paths } from '../../lib/paths.ts'

const subscribe = () => () => {}

/**
 * The feed's filters, read from the URL, and a setter that writes them back (a new history entry, so Back
 * undoes it). The prerendered feed is the unfiltered one, so hydration reads no filters and the URL's filters
 * apply right after: the first render then matches the server's HTML.
 */
export function useFeedFilters(): { filters: FeedFilters; setFilters: (next: FeedFilters) => void } {
  const { search } = useLocation()
  const navigate = useNavigate()
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const filters = useMemo(() => (hydrated ? parseFilters(search) : NO_FILTERS), [hydrated, search])
  const setFilters = useCallback(
    (next: FeedFilters) => void navigate(paths.filteredFeed(next), { preventScrollReset: true }),
    [navigate],
  )
  return { filters, setFilters }
}
