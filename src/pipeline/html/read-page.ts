/**
 * A saved news page (HTML) read as one article: cut down in one streaming pass, parsed with linkedom, the
 * article found by Readability, then the news clean-up, paragraphs and metadata of this folder. Never
 * throws; a page with no article or one too large to read is a reason, not an exception.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { ArticleText } from '../text/compose.ts'
import { chooseArticle } from './choose-article.ts'
import { removeNoise } from './clean-up.ts'
import { composePage } from './compose-page.ts'
import { readPageMeta, type PageMeta } from './page-meta.ts'
import { toPageBlocks } from './page-paragraphs.ts'
import { preCut } from './pre-cut.ts'

export type PageRead = { ok: true; text: ArticleText } | { ok: false; reason: string }

/** Pages above this many characters are refused: a news page is rarely a tenth of it. */
export const MAX_PAGE_CHARS = 8_000_000
// Less article text than this is not a story but an index, a login wall or an error page.
const MIN_ARTICLE_CHARS = 200

/** Parses markup into a document; a fragment is wrapped so that it has a body. */
export function parseDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(page).document as unknown as Document
}

/**
 * Reads a page's markup as an article's text, or the reason there is none. The element that names itself
 * the article is read first when the page has one; when that, or taking out the page's furniture, leaves
 * no article (a site that names its story's wrapper like a widget), the whole cut page is read, then the
 * cut page as it is.
 */
export function readPage(html: string): PageRead {
  if (html.length > MAX_PAGE_CHARS)
    return {
      ok: false,
      reason: `page too large (${(html.length / 1e6).toFixed(1)} MB of markup; at most ${MAX_PAGE_CHARS / 1e6} MB are read)`,
    }
  try {
    const cut = preCut(html)
    const meta = readPageMeta(cut.tags)
    const body = cut.chunks.join('')
    const article = chooseArticle(cut)
    let read: PageRead = { ok: false, reason: 'no article found (no main text on the page)' }
    if (article) read = readMarkup(article, meta, true)
    if (!read.ok) read = readMarkup(body, meta, true)
    if (!read.ok) read = readMarkup(body, meta, false)
    return read
  } catch (error) {
    // The tokenizer, linkedom and Readability are lenient; this is a last guard, so one page never stops a run.
    return { ok: false, reason: `no article found (could not read the markup: ${(error as Error).message})` }
  }
}

function readMarkup(markup: string, meta: PageMeta, clean: boolean): PageRead {
  const document = parseDocument(`<!doctype html><html><head></head><body>${markup}</body></html>`)
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
    byline: meta.byline ?? found.byline ?? null,
  })
  const length = text.paragraphs.reduce((sum, p) => sum + p.length, 0)
  if (length < MIN_ARTICLE_CHARS)
    return {
      ok: false,
      reason: `no article found (${length} characters of text: an index, login or error page?)`,
    }
  return { ok: true, text }
}
