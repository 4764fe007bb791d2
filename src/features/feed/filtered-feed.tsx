import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { describeUnknown, NO_FILTERS, toSearch, type FeedFilters } from '../../lib/filters.ts'
import { facetIndexQueryOptions } from './facet-index-query.ts'
import { FeedLayout, StoryCount } from './feed-layout.tsx'
import { FilterChips } from './filter-chips.tsx'
import { FilterPanel } from './filter-panel.tsx'
import { FilteredResults } from './filtered-results.tsx'
import { toFilteredView, toShards } from './filtered-view.ts'
import { MapSection } from './map-section.tsx'
import { searchShardQueryOptions } from './search-shard-query.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

export type PanelProps = {
  filters: FeedFilters
  /** The filters being loaded, if any, else `filters`: what the checkboxes show. */
  chosen: FeedFilters
  setFilters: (next: FeedFilters) => void
  panel: {
    open: boolean
    onOpenChange: (open: boolean) => void
    onUse: () => void
    onPreview: (next: FeedFilters) => void
  }
  map: { open: boolean; onOpenChange: (open: boolean) => void }
}

/** The feed narrowed by the URL's filters and search, with the panel counted for what is chosen. */
export function FilteredFeed({ filters: urlFilters, chosen, setFilters, panel, map }: PanelProps) {
  const { data: index } = useSuspenseQuery(facetIndexQueryOptions())
  const { data: vocabulary } = useSuspenseQuery(vocabularyQueryOptions())
  const shardNames = toShards(urlFilters.q)
  const shardData = useSuspenseQueries({ queries: shardNames.map(searchShardQueryOptions) })
  const shardKey = shardData.map((result) => result.dataUpdatedAt).join() + shardNames.join()
  const view = useMemo(
    () =>
      toFilteredView(
        urlFilters,
        index,
        vocabulary,
        new Map(shardNames.map((name, i) => [name, shardData[i]!.data])),
      ),
    // The shards are identified by their names and load times: the arrays themselves are new each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [urlFilters, index, vocabulary, shardKey],
  )
  const { filters, unknown, groups, matches, terms } = view
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
    </FeedLayout>
  )
}
