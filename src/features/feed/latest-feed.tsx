import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { toggleFilter, type FeedFilters } from '../../lib/filters.ts'
import { facetCountsQueryOptions } from './facet-counts-query.ts'
import { FeedItem } from './feed-item.tsx'
import { FeedLayout, StoryCount } from './feed-layout.tsx'
import { feedQueryOptions } from './feed-query.ts'
import type { PanelProps } from './filtered-feed.tsx'
import { FilterPanel } from './filter-panel.tsx'
import { MapSection } from './map-section.tsx'
import { MoreButton } from './more-button.tsx'

/** The unfiltered feed: page after page of the latest stories, and the panel's precomputed counts. */
export function LatestFeed({ filters, setFilters, panel, map }: PanelProps) {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } =
    useSuspenseInfiniteQuery(feedQueryOptions())
  const { data: counts } = useSuspenseQuery(facetCountsQueryOptions())
  const entries = data.pages.flatMap((page) => page.articles)
  const total = data.pages[0]?.total ?? 0
  const toggle = (next: FeedFilters) => setFilters(next)
  return (
    <FeedLayout
      panel={
        <FilterPanel
          {...panel}
          groups={counts.groups}
          filters={filters}
          onToggle={(key, value) => toggle(toggleFilter(filters, key, value))}
        />
      }
    >
      <StoryCount count={total} />
      <MapSection {...map} counts={counts.groups.country} filters={filters} setFilters={setFilters} />
      {entries.length === 0 ? (
        <p className="mt-8">No stories yet. Add raw news text to the content folder and rebuild.</p>
      ) : (
        <ol className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {entries.map((entry) => (
            <FeedItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {hasNextPage && <MoreButton onClick={() => void fetchNextPage()} pending={isFetchingNextPage} />}
    </FeedLayout>
  )
}
