import { useCallback, useMemo } from 'react'
import { useLocation, useNavigate, useNavigation } from 'react-router'
import { hasFilters, NO_FILTERS, parseFilters, type FeedFilters } from '../../lib/filters.ts'
import { paths } from '../../lib/paths.ts'
import { useHydrated } from '../../lib/use-hydrated.ts'

type FeedFiltersState = {
  /** The filters of the URL on screen. */
  filters: FeedFilters
  /** The filters of the feed URL being loaded, else `filters`: checkboxes answer a click at once. */
  chosen: FeedFilters
  /** Writes filters to the URL as a new history entry, so Back undoes the change. */
  setFilters: (next: FeedFilters) => void
}

/**
 * The feed's filters, read from the URL. The prerendered feed is the unfiltered one, so hydration reads no
 * filters and the URL's filters apply right after: the first render then matches the server's HTML.
 */
export function useFeedFilters(): FeedFiltersState {
  const { search } = useLocation()
  const navigation = useNavigation()
  const navigate = useNavigate()
  const hydrated = useHydrated()
  // No filters are always the same object: hydrating leaves what the panel is given unchanged.
  const filters = useMemo(() => {
    const parsed = hydrated ? parseFilters(search) : NO_FILTERS
    return hasFilters(parsed) ? parsed : NO_FILTERS
  }, [hydrated, search])
  const next = navigation.location?.pathname === paths.feed ? navigation.location.search : null
  const pending = useMemo(() => (next === null ? null : parseFilters(next)), [next])
  const setFilters = useCallback(
    // flushSync: the pending filters reach the checkboxes in the same event, so a box never flips back
    // while its results load.
    (to: FeedFilters) => void navigate(paths.filteredFeed(to), { preventScrollReset: true, flushSync: true }),
    [navigate],
  )
  return { filters, chosen: pending ?? filters, setFilters }
}
