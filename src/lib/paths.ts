import { toSearch, type FeedFilters, type FilterKey } from './filters.ts'

/** Every internal URL is built here; components never concatenate paths. */

export const paths = {
  feed: '/',
  filteredFeed: (filters: Partial<FeedFilters>) => `/${toSearch(filters)}`,
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  /** A quote where it stands in its story: the element `id="quote-N"`. */
  quote: (slug: string, quoteId: string) => `/articles/${encodeURIComponent(slug)}#${quoteId}`,
  /** A quote's own page, with its own link preview; what a quote's share control shares. */
  quotePage: (slug: string, quoteId: string) =>
    `/articles/${encodeURIComponent(slug)}/quotes/${toQuoteNumber(quoteId)}`,
  /** The RSS feed of the newest stories, or of the stories one filter value shows. */
  rss: (filter?: { key: FilterKey; value: string }) =>
    filter ? `/feeds/${filter.key}/${encodeURIComponent(filter.value)}.xml` : '/feed.xml',
  sitemap: '/sitemap.xml',
  /** One file of the sitemap index, `n` from 1. */
  sitemapPart: (n: number) => `/sitemaps/articles-${n}.xml`,
  robots: '/robots.txt',
} as const

/** "quote-6" → 6: the number a quote page's URL carries. */
export const toQuoteNumber = (quoteId: string) => Number(quoteId.slice('quote-'.length))

/** 6 → "quote-6"; null for a URL segment that is not a quote number as the site writes it ("06", "x"). */
export const toQuoteId = (segment: string) => (/^[1-9]\d*$/.test(segment) ? `quote-${segment}` : null)

/** The app's data files, relative to the data folder: the pipeline writes them here, the app fetches them. */
export const dataFiles = {
  folders: ['articles', 'feed', 'related', 'facets', 'search', 'map'],
  feedPage: (page: number) => `feed/page-${page}.json`,
  article: (slug: string) => `articles/${slug}.json`,
  related: (slug: string) => `related/${slug}.json`,
  facetIndex: 'facets/index.json',
  facetCounts: 'facets/counts.json',
  vocabulary: 'facets/vocabulary.json',
  facetValue: (key: string, value: string) => `facets/values/${key}/${value}.json`,
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
  facetValue: (key: string, value: string) => toDataUrl(dataFiles.facetValue(key, value)),
  searchShard: (shard: string) => toDataUrl(dataFiles.searchShard(shard)),
  worldMap: toDataUrl(dataFiles.worldMap),
} as const
