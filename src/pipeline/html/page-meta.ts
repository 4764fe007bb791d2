/**
 * What a news page says about its article outside the article's text: headline, description, date,
 * author, outlet and canonical address, from Open Graph and `article:` tags, schema.org JSON-LD, `<time>`,
 * `<h1>` and `<title>`. Every field is null where the page does not state it: nothing is guessed.
 */
import { toIsoDate } from '../text/published.ts'
import type { PageTags } from './pre-cut.ts'

export type PageMeta = {
  headline: string | null
  description: string | null
  published: string | null
  byline: string | null
  outlet: string | null
  url: string | null
}

type Json = Record<string, unknown>
const ARTICLE_TYPE = /(^|\b)(\w*Article|BlogPosting|Report|LiveBlogPosting|WebPage)$/

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null
  if (Array.isArray(value)) return text(value[0])
  return null
}

/** A name out of a JSON-LD person, organisation, or a list of them: "Jane Doe, John Roe". */
const names = (value: unknown): string | null => {
  const list = Array.isArray(value) ? value : [value]
  const found = list
    .map((item) => (typeof item === 'object' && item ? text((item as Json).name) : text(item)))
    .filter((name): name is string => name !== null && !/^https?:/.test(name))
  return found.length > 0 ? [...new Set(found)].join(', ') : null
}

/**
 * A JSON-LD block as JSON, or undefined. Hand-written blocks often break JSON in the same two ways, a comma
 * before a closing bracket and a line break inside a string; those are read as meant. Anything else
 * broken is the page's own business: the other sources of metadata still count.
 */
function parseLenient(block: string): unknown {
  try {
    return JSON.parse(block)
  } catch {
    try {
      return JSON.parse(block.replace(/\p{Cc}+/gu, ' ').replace(/,(\s*[\]}])/g, '$1'))
    } catch {
      return undefined
    }
  }
}

/** The JSON-LD object of the page's article, looking through `@graph` lists; null when there is none. */
export function findJsonLdArticle(blocks: string[]): Json | null {
  const objects: Json[] = []
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) {
      objects.push(value as Json)
      if ('@graph' in value) visit((value as Json)['@graph'])
    }
  }
  for (const block of blocks) {
    const parsed = parseLenient(block)
    if (parsed !== undefined) visit(parsed)
  }
  const typeOf = (o: Json) => [o['@type']].flat().map(String)
  const rank = (o: Json) =>
    typeOf(o).some((t) => t !== 'WebPage' && ARTICLE_TYPE.test(t)) ? 2 : typeOf(o).includes('WebPage') ? 1 : 0
  const best = objects.filter((o) => rank(o) > 0).sort((a, b) => rank(b) - rank(a))[0]
  return best ?? null
}

/** Reads a page's metadata from its tags and JSON-LD blocks, as the pre-cut gathered them. */
export function readPageMeta(tags: PageTags): PageMeta {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const value = text(tags.meta.get(key))
      if (value) return value
    }
    return null
  }
  const ld = findJsonLdArticle(tags.jsonLd) ?? {}
  // The outlet's social handle ("@politifact", as a site name or its Twitter card's site) is the outlet's
  // name only when the page names it nowhere else.
  const siteName = meta('og:site_name', 'application-name')
  const handleOf = (name: string | null) => (name?.startsWith('@') ? name.slice(1) || null : null)
  const handle = handleOf(siteName) ?? handleOf(meta('twitter:site'))
  const { h1, canonical, time } = tags
  const metaAuthor = meta('author', 'article:author', 'dc.creator', 'byl', 'sailthru.author')
  return {
    headline: text(ld.headline) ?? meta('og:title', 'twitter:title') ?? h1 ?? tags.title,
    description: meta('description', 'og:description', 'twitter:description') ?? text(ld.description),
    published:
      meta(
        'article:published_time',
        'article:published',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'sailthru.date',
      ) ??
      text(ld.datePublished) ??
      text(time) ??
      tags.dateTexts.find((date) => toIsoDate(date) !== null) ??
      meta('article:modified_time') ??
      text(ld.dateModified),
    byline:
      names(ld.author) ??
      (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor.replace(/^by\s+/i, '') : null),
    outlet: (handleOf(siteName) ? null : siteName) ?? names(ld.publisher) ?? handle,
    url: text(canonical) ?? meta('og:url') ?? text(ld.url),
  }
}
