import type { Article } from '../lib/article.ts'
import { toBlocks } from './text/blocks.ts'
import { splitDateline } from './text/dateline.ts'
import { decodeText } from './text/decode.ts'
import { agreeWithPeople } from './names/agree.ts'
import { findEntities } from './names/find-entities.ts'
import { lookupCity } from './places/cities.ts'
import { findPlaces } from './places/find-places.ts'
import { toIsoDate } from './text/published.ts'
import { extractQuotes } from './quotes/extract-quotes.ts'
import { composeArticle, type ArticleText } from './text/compose.ts'
import { findOutlet } from './text/outlets.ts'
import { segment, type DatelineKind } from './text/segment.ts'
import { titleFromText } from './text/title.ts'
import { toArticleId, toSlug } from '../lib/slug.ts'
import { findTopics } from './topics/find-topics.ts'
import { inputKind } from './input-kind.ts'
import { readPageFile } from './html/read-page-file.ts'
import { readFeedFile } from './feeds/read-feed-file.ts'
import { readingOnce } from './words/tokens.ts'

/**
 * A part of an input that could not be read as an article, reported as `file:line: reason`; or, with
 * `warning`, something read with a doubt (`file:line: warning: reason`) whose text still comes through.
 */
export type IngestProblem = { file: string; line: number; reason: string; warning?: true }

const datelineOf = (paragraph: string): DatelineKind => {
  const split = splitDateline(paragraph, lookupCity)
  return split === null ? null : split.dateline.country === null ? 'unknown' : 'known'
}

/**
 * Reads one input file's bytes into articles: raw text, a saved page or a feed, told apart by the file's
 * name (`inputKind`). Slugs are per file here; `toUniqueSlugs` makes them unique
 * across a whole run. Never throws on any input. Only input that is not text at all (empty, blank, binary,
 * undecodable) is rejected; every line of a text file ends up in an article, in its text or its metadata.
 */
export function readArticles(
  file: string,
  bytes: Uint8Array,
): { articles: Article[]; problems: IngestProblem[] } {
  const kind = inputKind(file)
  if (kind === 'page') return readPageFile(file, bytes)
  if (kind === 'feed') return readFeedFile(file, bytes)
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { articles: [], problems: [{ file, ...decoded.problem }] }
  const blocks = toBlocks(decoded.text)
  if (blocks.length === 0)
    return { articles: [], problems: [{ file, line: 1, reason: 'no text, only blank lines' }] }
  const segmented = segment(blocks, datelineOf)
  const problems: IngestProblem[] = segmented.problems.map((problem) => ({ file, ...problem }))
  const articles: Article[] = []
  for (const raw of segmented.articles) {
    const parts = composeArticle(raw)
    if (parts.title !== null || parts.paragraphs.length > 0 || parts.summary.length > 0)
      articles.push(toArticle(file, raw.line, parts))
    else {
      // Lines that are all page furniture make no article; they are reported instead.
      const shown = parts.furniture.join(' / ')
      const reason = `no article text, only page furniture: ${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}`
      const at = problems.findIndex((p) => p.line === raw.line && p.warning)
      problems.splice(at < 0 ? problems.length : at, at < 0 ? 0 : 1, { file, line: raw.line, reason })
    }
  }
  return { articles, problems }
}

/**
 * Reads one article's text: dateline, quotes, places, topics and names. Each paragraph is split into
 * words once, and every stage reads those words.
 */
export function toArticle(file: string, line: number, parts: ArticleText): Article {
  return readingOnce(() => readArticleText(file, line, parts))
}

function readArticleText(file: string, line: number, parts: ArticleText): Article {
  const texts = parts.paragraphs
  const split = texts[0] === undefined ? null : splitDateline(texts[0], lookupCity)
  const paragraphs = split && split.rest ? [split.rest, ...texts.slice(1)] : texts
  const title = parts.title ?? titleFromText(paragraphs[0] ?? parts.summary[0] ?? '')
  const text = { title, summary: parts.summary, paragraphs }
  const { countries, regions, datelineCountry } = findPlaces(text, split?.dateline ?? null)
  const dateline = split?.dateline ? { ...split.dateline, country: datelineCountry } : null
  const { people, organizations } = findEntities(text)
  const quotes = extractQuotes(paragraphs, { ...text, byline: parts.byline ?? undefined })
  const id = toArticleId(title)
  const outlet = parts.outlet ?? (split?.agency ? (findOutlet(split.agency) ?? split.agency) : null)
  return {
    id,
    slug: toSlug(title) || `article-${id}`,
    title,
    summary: parts.summary,
    dateline,
    publishedAt: parts.dates.map(toIsoDate).find((date) => date !== null) ?? null,
    source: { file, line, ...(outlet ? { outlet } : {}), ...(parts.url ? { url: parts.url } : {}) },
    ...(parts.byline ? { byline: parts.byline } : {}),
    paragraphs,
    ...(parts.headings.length > 0 ? { headings: parts.headings } : {}),
    ...(parts.furniture.length > 0 ? { furniture: parts.furniture } : {}),
    quotes: agreeWithPeople(quotes, people),
    countries,
    regions,
    topics: findTopics(text),
    people,
    organizations,
  }
}
