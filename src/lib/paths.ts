import { toSearch, type FeedFilters } from './filters.ts'

/** Every internal URL is built here; components never concatenate paths. */

export const paths = {
  feed: '/',
  filteredFeed: (filters: Partial<FeedFilters>) => `/${toSearch(filters)}`,
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  quote: (slug: string, quoteId: string) => `/articles/${encodeURIComponent(slug)}#${quoteId}`,
} as const

/** Where the app's data files live, as the pipeline writes them. */
export const dataPaths = {
  feedPage: (page: number) => `/data/feed/page-${page}.json`,
  article: (slug: string) => `/data/articles/${encodeURIComponent(slug)}.json`,
  related: (slug: string) => `/data/related/${encodeURIComponent(slug)}.json`,
  facetIndex: '/data/facets/index.json',
  facetCounts: '/data/facets/counts.json',
  vocabulary: '/data/facets/vocabulary.json',
  searchShard: (shard: string) => `/data/search/${encodeURIComponent(shard)}.json`,
  worldMap: '/data/map/world.json',
} as const
