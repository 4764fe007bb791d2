import type { Article } from '../lib/article.ts'
import type { FeedEntry, FeedPage } from '../lib/feed.ts'

export const FEED_PAGE_SIZE = 20

/** Newest first; articles without a date keep their input order (a stable sort leaves them as they came). */
export function toFeedOrder(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
}

/** What the feed shows of an article: never its body, so a feed page stays small whatever the archive. */
export function toFeedEntry(article: Article): FeedEntry {
  const { id, slug, title, summary, dateline, publishedAt, countries, regions, topics } = article
  return {
    id,
    slug,
    title,
    summary,
    dateline,
    publishedAt,
    countries: countries.map(({ code, name, role }) => ({ code, name, role })),
    regions,
    topics: topics.map(({ id, name }) => ({ id, name })),
  }
}

/** Splits the ordered feed into pages of `FEED_PAGE_SIZE`, numbered from 1; an empty feed is one empty page. */
export function toFeedPages(feed: Article[]): FeedPage[] {
  const ordered = feed.map(toFeedEntry)
  const pageCount = Math.max(1, Math.ceil(ordered.length / FEED_PAGE_SIZE))
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total: ordered.length,
    articles: ordered.slice(i * FEED_PAGE_SIZE, (i + 1) * FEED_PAGE_SIZE),
  }))
}
