import {
  useQuery,
  useQueryClient,
  useSuspenseQuery,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query'
import { use, useEffect } from 'react'
import type { FacetIndex, FacetValueFile } from '../../lib/facets.ts'
import { describeUnknown, NO_FILTERS, toSearch, type FeedFilters } from '../../lib/filters.ts'
import { deferred } from '../../lib/deferred.tsx'
import { FeedLayout, StoryCount } from './feed-layout.tsx'
import { loadFilterCode } from './feed-code.tsx'
import { FilterChips } from './filter-chips.tsx'
import { filterDataQueries } from './filter-data.ts'
import { FilteredResults } from './filtered-results.tsx'
import { facetValueQueryOptions } from './facet-value-query.ts'
import { indexCode, loadIndexCode } from './index-code.ts'
import { searchShardQueryOptions, searchShardsQueryOptions } from './search-shard-query.ts'
import { toSingleValue, toValueView } from './value-view.ts'

/**
 * The controls, the panel and the map's toggle: their code outside a filtered view's first load, as on `/`
 * (where they come with the deferred stories), in one chunk. It starts loading when this chunk runs (the
 * feed's page prefetches it, so it is usually in the cache already) and the stories never wait for it: until
 * it is in, the panel's place says so and the toggle's is kept. A navigation to a filtered feed loads it with
 * the rest (`loadFilterCode`), so a filter change never shows either.
 */
const FilterPanel = deferred(async () => (await import('./filter-panel.tsx')).FilterPanel, {
  fallback: <p className="text-sm text-stone-600 dark:text-stone-400">Loading filters…</p>,
})
const MapSection = deferred(async () => (await import('./map-section.tsx')).MapSection, {
  fallback: <div className="mt-2 h-5" />,
})

/** Loads the controls' code: a navigation to a filtered feed waits for it, as for the feed's own. */
export const loadControls = () => Promise.all([FilterPanel.load(), MapSection.load()])

export type PanelProps = {
  filters: FeedFilters
  /** The filters being loaded, if any, else `filters`: what the checkboxes show. */
  chosen: FeedFilters
  setFilters: (next: FeedFilters) => void
  panel: {
    open: boolean
    onOpenChange: (open: boolean) => void
    onUse: () => void
    onShowAll: () => void
    onPreview: (next: FeedFilters) => void
  }
  map: { open: boolean; onOpenChange: (open: boolean) => void }
}

/** The feed narrowed by the URL's filters and search, with the panel counted for what is chosen. */
export function FilteredFeed({ filters: urlFilters, chosen, setFilters, panel, map }: PanelProps) {
  const queries = filterDataQueries(urlFilters.q)
  const { data: vocabulary } = useSuspenseQuery(queries.vocabulary)
  // One value alone reads its own file; anything else the whole index (one hook either way, so the panel
  // keeps its focus when the reader adds a second value).
  const single = toSingleValue(urlFilters, vocabulary)
  // A view of the whole index is computed by code of its own: it loads beside the index, not after it.
  if (!single) void loadIndexCode()
  const { data } = useSuspenseQuery<FacetIndex | FacetValueFile>(
    (single ? facetValueQueryOptions(single) : queries.index) as UseSuspenseQueryOptions<
      FacetIndex | FacetValueFile
    >,
  )
  const queryClient = useQueryClient()
  const names = queries.shards.map(({ name }) => name)
  const { data: shards } = useSuspenseQuery(searchShardsQueryOptions(queryClient, names))
  // What filters the whole index: with one value alone, it loads once the view has painted, for the next
  // change, with what a filter change needs (load-filtered-view.ts); a view that needs it waits for it (a
  // navigation's loader has loaded it already).
  const code = 'ids' in data ? undefined : (indexCode() ?? use(loadIndexCode()))
  useEffect(() => {
    void loadIndexCode()
    void loadFilterCode()
  }, [])
  // Remembered by toFilteredView and toValueView: a render with the same filters and data gets the same view.
  const { filters, unknown, groups, matches, terms } = code
    ? code.toFilteredView(
        urlFilters,
        data as FacetIndex,
        vocabulary,
        new Map(names.map((name, i) => [name, shards[i]!])),
      )
    : toValueView(urlFilters, data as FacetValueFile, vocabulary)
  const index = data
  // While another feed URL loads, the boxes already show its choices (values that name nothing have no box).
  const pending = chosen !== urlFilters
  return (
    <FeedLayout
      panel={
        <FilterPanel {...panel} groups={groups} filters={pending ? chosen : filters} onChange={setFilters} />
      }
    >
      <StoryCount count={matches.length} of={index.total} />
      {unknown.length > 0 && (
        <ul className="mt-2 rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm dark:bg-stone-900">
          {unknown.map((value) => (
            <li key={`${value.key}:${value.value}`}>{describeUnknown(value)}</li>
          ))}
        </ul>
      )}
      <FilterChips filters={filters} groups={groups} onChange={setFilters} />
      <MapSection {...map} counts={groups.country} filters={filters} setFilters={setFilters} />
      {matches.length === 0 ? (
        <div className="mt-8">
          <p>No stories match these filters.</p>
          <button
            type="button"
            onClick={() => setFilters(NO_FILTERS)}
            className="mt-3 rounded bg-stone-900 px-4 py-2 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
          >
            Clear filters
          </button>
        </div>
      ) : (
        <FilteredResults
          resultsKey={toSearch(filters)}
          matches={matches}
          terms={terms}
          pageSize={index.pageSize}
        />
      )}
      {names.map((name) => (
        <KeptShard key={name} name={name} />
      ))}
    </FeedLayout>
  )
}

/** Keeps one shard of the search on screen in the cache, as its own query, while the view shows. */
function KeptShard({ name }: { name: string }) {
  useQuery({ ...searchShardQueryOptions(name), enabled: false })
  return null
}
