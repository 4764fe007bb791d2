import { toSearch, type FeedFilters } from './filters.ts'

/** Every internal URL is built here; components never concatenate paths. */

export const paths = {
  feed: '/',
  filteredFeed: (filters: Partial<FeedFilters>) => `/${toSearch(filters)}`,
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  quote: (slug: string, quoteId: string) => `/articles/${encodeURIComponent(slug)}#${quoteId}`,
} as const

/** The app's data files, relative to the data folder: the pipeline writes them here, the app fetches them. */
export const dataFiles = {
  folders: ['articles', 'feed', 'related', 'facets', 'search', 'map'],
  feedPage: (page: number) => `feed/page-${page}.json`,
  article: (slug: string) => `articles/${slug}.json`,
  related: (slug: string) => `related/${slug}.json`,
  facetIndex: 'facets/index.json',
  facetCounts: 'facets/counts.json',
  vocabulary: 'facets/vocabulary.json',
  searchShard: (shard: string) => `search/${shard}.json`,
  worldMap: 'map/world.json',
} as const

/** A data file's URL; slugs and search shards may hold any letter, so each part is encoded. */
const toDataUrl = (file: string) => `/data/${file.split('/').map(encodeURIComponent).join('/')}`

/** Where the app fetches its data files. */
export const dataPaths = {
  feedPage: (page: number) => toDataUrl(dataFiles.feedPage(page)),
  article: (slug: string) => toDataUrl(dataFiles.article(slug)),
  related: (slug: string) => toDataUrl(dataFiles.related(slug)),
  facetIndex: toDataUrl(dataFiles.facetIndex),
  facetCounts: toDataUrl(dataFiles.facetCounts),
  vocabulary: toDataUrl(dataFiles.vocabulary),
  searchShard: (shard: string) => toDataUrl(dataFiles.searchShard(shard)),
  worldMap: toDataUrl(dataFiles.worldMap),
} as const
