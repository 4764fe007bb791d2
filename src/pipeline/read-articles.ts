import type { Article } from '../lib/article.ts'
import { toBlocks } from './text/blocks.ts'
import { splitDateline } from './text/dateline.ts'
import { decodeText } from './text/decode.ts'
import { findEntities } from './entities/find-entities.ts'
import { lookupCity } from './geo/cities.ts'
import { findCountries } from './geo/countries.ts'
import { findRegions } from './geo/regions.ts'
import { toIsoDate } from './text/published.ts'
import { extractQuotes } from './quotes/extract-quotes.ts'
import { segment, type RawArticle } from './text/segment.ts'
import { toArticleId, toSlug } from '../lib/slug.ts'
import { findTopics } from './topics/find-topics.ts'

/** A part of an input that could not be read as an article: reported as `file:line: reason`. */
export type IngestProblem = { file: string; line: number; reason: string }

const startsWithDateline = (paragraph: string) => splitDateline(paragraph, lookupCity) !== null

/**
 * Reads one input file's bytes into articles. Slugs are per file here; `toUniqueSlugs` makes them unique
 * across a whole run. Never throws on any input: what cannot be read is returned as problems.
 */
export function readArticles(
  file: string,
  bytes: Uint8Array,
): { articles: Article[]; errors: IngestProblem[] } {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { articles: [], errors: [{ file, ...decoded.problem }] }
  const blocks = toBlocks(decoded.text)
  if (blocks.length === 0)
    return { articles: [], errors: [{ file, line: 1, reason: 'no text, only blank lines' }] }
  const { articles, problems } = segment(blocks, startsWithDateline)
  const errors = problems.map((problem) => ({ file, ...problem }))
  if (articles.length === 0 && errors.length === 0)
    errors.push({ file, line: 1, reason: 'no article body found' })
  return { articles: articles.map((raw) => toArticle(file, raw)), errors }
}

/** Reads one article's text: dateline, quotes, places, topics and names. */
export function toArticle(file: string, raw: RawArticle): Article {
  const texts = raw.paragraphs.map((p) => p.text)
  const split = texts[0] === undefined ? null : splitDateline(texts[0], lookupCity)
  const paragraphs = split ? [split.rest, ...texts.slice(1)] : texts
  const dateline = split?.dateline ?? null
  const text = { title: raw.title, summary: raw.summary, paragraphs }
  const countries = findCountries({ ...text, datelineCountry: dateline?.country ?? null })
  const id = toArticleId(raw.title)
  return {
    id,
    slug: toSlug(raw.title) || `article-${id}`,
    title: raw.title,
    summary: raw.summary,
    dateline,
    publishedAt: raw.dates.map(toIsoDate).find((date) => date !== null) ?? null,
    source: { file, line: raw.line },
    paragraphs,
    quotes: extractQuotes(paragraphs, text),
    countries,
    regions: findRegions({ ...text, countries }),
    topics: findTopics(text),
    ...findEntities(text),
  }
}
