/**
 * A saved news page (HTML) read as one article: parsed with linkedom, the article found by Readability,
 * then the news clean-up, paragraphs and metadata of this folder. Never throws; a page with no article or
 * one too large to read is a reason, not an exception.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { ArticleText } from '../text/compose.ts'
import { removeNoise } from './clean-up.ts'
import { composePage } from './compose-page.ts'
import { readPageMeta } from './page-meta.ts'
import { toPageBlocks } from './page-paragraphs.ts'

export type PageRead = { ok: true; text: ArticleText } | { ok: false; reason: string }

/** Pages above this many characters are refused: a news page is rarely a tenth of it. */
export const MAX_PAGE_CHARS = 8_000_000
// Less article text than this is not a story but an index, a login wall or an error page.
const MIN_ARTICLE_CHARS = 200

const JSON_LD = /<script[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi
// What is never text is taken out before parsing: half of a page's bytes are often scripts and styles.
// Navigation, forms and embeds go too, and the attributes no reader of the page needs.
const NOT_TEXT =
  /<(script|style|svg|noscript|template|nav|form|select|iframe|button)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|\s(srcset|sizes|data-[\w-]+|on\w+)\s*=\s*("[^"]*"|'[^']*')/gi

/** Parses markup into a document; a fragment is wrapped so that it has a body. */
export function parseDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(page).document as unknown as Document
}

/**
 * Reads a page's markup as an article's text, or the reason there is none. When taking out the page's
 * furniture first leaves no article (a site that names its story's wrapper like a widget), the page is
 * read again as it is.
 */
export function readPage(html: string): PageRead {
  const read = readMarkup(html, true)
  return read.ok || read.reason.startsWith('page too large') ? read : readMarkup(html, false)
}

function readMarkup(html: string, clean: boolean): PageRead {
  if (html.length > MAX_PAGE_CHARS)
    return {
      ok: false,
      reason: `page too large (${(html.length / 1e6).toFixed(1)} MB of markup; at most ${MAX_PAGE_CHARS / 1e6} MB are read)`,
    }
  const jsonLd = [...html.matchAll(JSON_LD)].map((match) => match[1]!)
  try {
    const document = parseDocument(html.replace(NOT_TEXT, ''))
    const meta = readPageMeta(document, jsonLd)
    if (clean) removeNoise(document)
    const found = new Readability(document, {
      serializer: (node) => node,
      disableJSONLD: true,
      // The clean-up after it tells furniture by its class and id.
      keepClasses: true,
    }).parse()
    if (!found?.content) return { ok: false, reason: 'no article found (no main text on the page)' }
    const text = composePage(toPageBlocks(found.content), {
      ...meta,
      headline: meta.headline ?? found.title ?? null,
      byline: meta.byline ?? found.byline ?? null,
      outlet: meta.outlet ?? found.siteName ?? null,
      published: meta.published ?? found.publishedTime ?? null,
    })
    const length = text.paragraphs.reduce((sum, p) => sum + p.length, 0)
    if (length < MIN_ARTICLE_CHARS)
      return {
        ok: false,
        reason: `no article found (${length} characters of text: an index, login or error page?)`,
      }
    return { ok: true, text }
  } catch (error) {
    // linkedom and Readability are lenient; this is a last guard, so one page never stops a run.
    return { ok: false, reason: `no article found (could not read the markup: ${(error as Error).message})` }
  }
}
