import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { facetCountsQueryOptions } from './facet-counts-query.ts'
import { FeedItem } from './feed-item.tsx'
import { FeedLayout, StoryCount } from './feed-layout.tsx'
import { FeedList } from './feed-list.tsx'
import { feedQueryOptions } from './feed-query.ts'
import type { PanelProps } from './filtered-feed.tsx'
import { FilterPanel } from './filter-panel.tsx'
import { MapSection } from './map-section.tsx'
import { MoreButton } from './more-button.tsx'
import { useFullCounts } from './use-full-counts.ts'

/** The unfiltered feed: page after page of the latest stories, and the panel's precomputed counts. */
export function LatestFeed({ filters, chosen, setFilters, panel, map }: PanelProps) {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } =
    useSuspenseInfiniteQuery(feedQueryOptions())
  const { data: counts } = useSuspenseQuery(facetCountsQueryOptions())
  const full = useFullCounts()
  const entries = data.pages.flatMap((page) => page.articles)
  const total = data.pages[0]?.total ?? 0
  return (
    <FeedLayout
      panel={
        <FilterPanel
          {...panel}
          groups={full ?? counts.groups}
          distinct={full ? undefined : counts.distinct}
          filters={chosen}
          onChange={setFilters}
        />
      }
    >
      <StoryCount count={total} />
      <MapSection
        {...map}
        counts={(full ?? counts.groups).country}
        filters={filters}
        setFilters={setFilters}
      />
      {entries.length === 0 ? (
        <p className="mt-8">No stories yet. Add raw news text to the content folder and rebuild.</p>
      ) : (
        <FeedList>
          {entries.map((entry) => (
            <FeedItem key={entry.id} entry={entry} />
          ))}
        </FeedList>
      )}
      {hasNextPage && <MoreButton onClick={() => void fetchNextPage()} pending={isFetchingNextPage} />}
    </FeedLayout>
  )
}
