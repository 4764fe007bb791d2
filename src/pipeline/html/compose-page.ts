/**
 * A page's blocks and metadata as the text stage's `ArticleText`: the same fields a `.txt` file gives, so
 * quotes, places and topics read a page exactly as they read text.
 */
import type { ArticleText } from '../text/compose.ts'
import { isFurniture } from '../text/furniture.ts'
import { readByline } from '../text/byline.ts'
import { toIsoDate } from '../text/published.ts'
import { cleanTitle } from '../text/title.ts'
import type { PageMeta } from './page-meta.ts'
import type { PageBlock } from './page-paragraphs.ts'

const MAX_HEADING_WORDS = 14
const MIN_REPEAT = 40
// A date line over the text: "Published 3 January 2021", "Updated: Jan 12, 2021 10:22 IST", "2021-01-03".
const DATE_LINE =
  /^((published|updated|posted|last updated|first published)( on| at)?\s*:?\s*)?[\w ,.:+/-]{6,60}$/i
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Whether a quote's text is said in another of the body's blocks: inside a longer one, or as a whole
 * block more than once. Keys hold no spaces, so the joined keys are searched once, not block by block.
 */
function repeats(body: { all: string; whole: Set<string> }, k: string): boolean {
  const first = body.all.indexOf(k)
  if (first < 0) return false
  if (!body.whole.has(k)) return true
  // The quote is one block's whole text: it repeats when found once more, or inside a longer block.
  return body.all.indexOf(k, first + 1) >= 0
}

/** Composes an article from a page's blocks; the page's metadata wins over what its text says. */
export function composePage(blocks: PageBlock[], meta: PageMeta): ArticleText {
  const title = meta.headline ? cleanTitle(meta.headline) : null
  const out: ArticleText = {
    title,
    summary: [],
    byline: meta.byline,
    outlet: meta.outlet,
    dates: meta.published ? [meta.published] : [],
    paragraphs: [],
    headings: [],
    furniture: [],
    url: meta.url,
  }
  const titleKey = title ? key(title) : null
  // The keys of the paragraphs kept, to tell whether the page's description is the story's first words.
  const paragraphKeys: string[] = []
  let last: string | null = null
  const keys = blocks.map((b) => key(b.text))
  // A pull quote repeats a sentence of the story; a block quote that is only said once is the story's text.
  const bodyKeys = keys.filter((_, i) => blocks[i]!.kind !== 'quote')
  const body = { all: bodyKeys.join(' '), whole: new Set(bodyKeys) }
  for (const [i, block] of blocks.entries()) {
    const text = block.text
    const k = keys[i]!
    // Text said twice in a row is said once (a lede repeated under the standfirst, a caption under its
    // image); said again later it is the story's own (a recipe's second plan, a chorus, a table).
    if (!k || k === titleKey || (k.length > MIN_REPEAT && k === last)) continue
    last = k
    if (block.kind === 'quote' && k.length > 20 && repeats(body, k)) continue
    if (isFurniture(text)) {
      out.furniture.push(text)
      continue
    }
    if (out.paragraphs.length === 0) {
      const byline = text.length < 120 ? readByline(text) : null
      if (byline) {
        out.byline ??= byline.byline
        out.outlet ??= byline.outlet ?? null
        out.furniture.push(text)
        continue
      }
      if (DATE_LINE.test(text) && toIsoDate(text) !== null) {
        out.dates.push(text)
        out.furniture.push(text)
        continue
      }
    }
    if (block.kind === 'heading') {
      if (out.paragraphs.length > 0 && text.split(/\s+/).length <= MAX_HEADING_WORDS)
        out.headings.push({ paragraph: out.paragraphs.length, text: cleanTitle(text) })
      else if (out.paragraphs.length === 0) out.furniture.push(text)
      else {
        out.paragraphs.push(text)
        paragraphKeys.push(k)
      }
      continue
    }
    out.paragraphs.push(text)
    paragraphKeys.push(k)
  }
  // A crosshead with nothing after it is the heading of a list of links, not of the story.
  out.headings = out.headings.filter((h) => h.paragraph < out.paragraphs.length)
  if (meta.description) {
    const opening = key(meta.description).slice(0, 60)
    if (!paragraphKeys.some((k) => k.startsWith(opening))) out.summary = [meta.description]
  }
  return out
}
