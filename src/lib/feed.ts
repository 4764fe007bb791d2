import type { Article, CountryRole } from './article.ts'

/** One feed entry: what the list shows of an article. Written by the pipeline, read by the app. */
export type FeedEntry = Pick<
  Article,
  'id' | 'slug' | 'title' | 'summary' | 'dateline' | 'publishedAt' | 'regions'
> & {
  countries: { code: string; name: string; role: CountryRole }[]
  topics: { id: string; name: string }[]
  /**
   * Where the article has no summary: its first sentence or two (at most about 200 characters), computed by
   * the pipeline as a standfirst. Never the outlet's words about the story, so never shown as a summary.
   */
  lede?: string
}

/** One page of the feed, newest first: `data/feed/page-N.json`. */
export type FeedPage = { page: number; pageCount: number; total: number; articles: FeedEntry[] }

/** A link to a related story: `data/related/<slug>.json` holds up to four. */
export type RelatedEntry = Pick<Article, 'slug' | 'title' | 'dateline' | 'publishedAt'>
