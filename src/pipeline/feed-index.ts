import type { Article } from '../lib/article.ts'
import type { FeedEntry, FeedPage } from '../lib/feed.ts'

export const FEED_PAGE_SIZE = 20

/**
 * The feed order. Dated articles come newest first (the same instant: in input order). An undated article
 * comes right after the dated articles that precede it in its own file, below the lowest of them, so nothing
 * that came before it in its file comes after it in the feed; one that precedes every dated article of its
 * file stands right above the first of them. Undated articles of a file with no dated article come after all
 * dated articles. Undated articles keep their input order throughout, and a date that cannot be read counts
 * as none. The same input always gives the same order.
 */
export function toFeedOrder(articles: Article[]): Article[] {
  const times = articles.map((article) => toTime(article.publishedAt))
  const dated = articles
    .map((_, index) => index)
    .filter((index) => times[index] !== null)
    .sort((a, b) => times[b]! - times[a]! || a - b)
  const place = new Map(dated.map((index, position) => [index, position]))
  // Each file's first dated article in input order, by its place in the feed.
  const firstInFile = new Map<string, number>()
  articles.forEach((article, index) => {
    const position = place.get(index)
    if (position !== undefined && !firstInFile.has(article.source.file))
      firstInFile.set(article.source.file, position)
  })
  const above = dated.map((): Article[] => [])
  const below = dated.map((): Article[] => [])
  const undatedTail: Article[] = []
  // The lowest place in the feed of the dated articles seen so far in each file.
  const lowestInFile = new Map<string, number>()
  articles.forEach((article, index) => {
    const file = article.source.file
    const position = place.get(index)
    const lowest = lowestInFile.get(file)
    const first = firstInFile.get(file)
    if (position !== undefined) lowestInFile.set(file, Math.max(position, lowest ?? -1))
    else if (lowest !== undefined) below[lowest]!.push(article)
    else if (first !== undefined) above[first]!.push(article)
    else undatedTail.push(article)
  })
  return [
    ...dated.flatMap((index, position) => [...above[position]!, articles[index]!, ...below[position]!]),
    ...undatedTail,
  ]
}

/**
 * Milliseconds since the epoch of an ISO 8601 date or date-time. A date alone is its UTC midnight, and so is
 * a time without a zone read as UTC: the build machine's time zone must not change the order.
 */
function toTime(publishedAt: string | null): number | null {
  if (publishedAt === null) return null
  const zoneless = /T[\d:.]+$/.test(publishedAt)
  const time = Date.parse(zoneless ? `${publishedAt}Z` : publishedAt)
  return Number.isNaN(time) ? null : time
}

/** The longest lede the feed shows: two lines or so under a headline on a laptop, four on a phone. */
export const LEDE_LENGTH = 200

// A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a capital, digit or
// opening quote; not after an initial ("J. Smith") or a short title ("Dr.", "Mr.", "St.").
const SENTENCE_END =
  /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Jr|Sr|No|Gov|Sen|Rep|Mt|Ft))[.!?]["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu

/**
 * The first sentence or two of an article's body, at most `LEDE_LENGTH` characters: a second sentence only
 * when both fit, and a first sentence longer than that cut at a word with an ellipsis. Empty when the body is.
 */
export function toLede(paragraphs: readonly string[]): string {
  const text = (paragraphs.find((p) => p.trim() !== '') ?? '').trim().replace(/\s+/g, ' ')
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)
  const sentences = [...ends.filter((end) => end < text.length), text.length]
  const fitting = sentences.filter((end) => end <= LEDE_LENGTH).slice(0, 2)
  if (fitting.length > 0) return text.slice(0, fitting[fitting.length - 1])
  const cut = text.slice(0, LEDE_LENGTH)
  const word = cut.replace(/\s+\S*$/, '')
  return `${(word || cut).replace(/[\s,;:–—-]+$/, '')}…`
}

/**
 * What the feed shows of an article: never its body, so a feed page stays small whatever the archive. An
 * article without summary bullets gets a `lede` (its opening words) instead, which is never the outlet's.
 */
export function toFeedEntry(article: Article): FeedEntry {
  const { id, slug, title, summary, dateline, publishedAt, countries, regions, topics } = article
  const lede = summary.length === 0 ? toLede(article.paragraphs) : ''
  return {
    id,
    slug,
    title,
    summary,
    ...(lede ? { lede } : {}),
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
