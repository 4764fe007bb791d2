import type { Heading } from '../../lib/article.ts'
import type { Block } from './blocks.ts'
import { readByline } from './byline.ts'
import { opensLinkList } from './furniture.ts'
import { findOutlet } from './outlets.ts'
import { sameText, type RawArticle } from './segment.ts'
import { cleanTitle } from './title.ts'

/** An article's text as the reader gets it: headline, summary, body and crossheads, with furniture apart. */
export type ArticleText = {
  /** The headline, or null when the text has none (the article is then titled by its first sentence). */
  title: string | null
  summary: string[]
  byline: string | null
  outlet: string | null
  /** Date lines as written, publication dates first. */
  dates: string[]
  paragraphs: string[]
  headings: Heading[]
  furniture: string[]
  /** The page's own address, where the input states one (a saved page's canonical link, a feed item's link). */
  url?: string | null
}

const MAX_HEADING_WORDS = 12
// A post embedded from a social network: its credit line, or a text with handles, tags or links.
const EMBED_CREDIT = /^[—–-]\s*.{1,80}\(@\w+\)/
const EMBED_TEXT = /(^|\s)[@#]\w|https?:\/\/|pic\.twitter\.com/
// A live page's time stamp over each entry: "6:01 p.m.", "11 a.m.:", "Noon".
const TIME_STAMP = /^(\d{1,2}(:\s?\d{2})?\s?[ap]\.?m\.?|noon|midnight)(\s?[A-Z]{2,4})?[.:]?$/i

/**
 * Sorts an article's lines into what they are: the headline block's deck and bullets become the summary,
 * byline and date lines their fields, furniture is set apart, a short headline-shaped line between body
 * paragraphs is a crosshead, and a body that opens by repeating the headline loses the repeat.
 */
export function composeArticle(raw: RawArticle): ArticleText {
  const head = raw.head
  const siteName = splitSiteName(head?.title.text ?? '')
  const out: ArticleText = {
    title: head ? cleanTitle(siteName.title) : null,
    summary: head ? head.summary.map((b) => b.text) : [],
    byline: null,
    outlet: siteName.site,
    dates: [],
    paragraphs: [],
    headings: [],
    furniture: [],
  }
  const meta = head ? [...head.before, ...head.meta] : []
  for (const block of meta) takeMeta(out, block, head?.title)
  let inLinks = false
  raw.body.forEach((block, i) => {
    // Under "Related Topics" or "More on this story" at a story's end, short lines are links, not text.
    if (out.paragraphs.length > 0 && block.kind === 'furniture' && opensLinkList(block.text)) inLinks = true
    else if (inLinks && isLinkLine(block)) {
      out.furniture.push(block.text)
      return
    } else inLinks = false
    if (
      (block.kind === 'headline' || TIME_STAMP.test(block.text)) &&
      isCrosshead(out, block, raw.body[i + 1])
    )
      out.headings.push({ paragraph: out.paragraphs.length, text: cleanTitle(block.text) })
    else if (block.kind === 'byline' && out.paragraphs.length === 0 && out.byline === null)
      takeMeta(out, block)
    else if (block.kind === 'date' || block.kind === 'furniture' || block.kind === 'separator')
      takeMeta(out, block)
    else out.paragraphs.push(block.text)
  })
  dropRepeatedTitle(out)
  out.dates.sort((a, b) => Number(isUpdate(a)) - Number(isUpdate(b)))
  return out
}

function takeMeta(out: ArticleText, block: Block, title?: Block): void {
  if (block.kind === 'byline') {
    // A second credit line continues the first: "By Sana Mir" / "BBC News, Karachi".
    const byline = readByline(block.text)!
    out.byline = out.byline === null ? byline.byline : `${out.byline}, ${byline.byline}`
    out.outlet ??= byline.outlet ?? null
    return
  }
  // The headline's own repeat is not furniture: it is the headline.
  if (title && block !== title && block.kind === 'headline' && sameText(block.text, title.text)) return
  if (block.kind === 'date') out.dates.push(block.text)
  // A masthead names the outlet; a credit in brackets ("(Reuters)" under a photo) does not.
  if (block.kind === 'furniture' && /^[\p{L}\s.&'’-]+$/u.test(block.text))
    out.outlet ??= findOutlet(block.text)
  out.furniture.push(block.text)
}

/** A link under a link-list label: a short line that does not read as a sentence of the story. */
function isLinkLine(block: Block): boolean {
  if (block.kind !== 'headline' && block.kind !== 'paragraph' && block.kind !== 'bullet') return true
  return block.text.split(/\s+/).length <= 15 && !/[.!?]["”’)]?$/.test(block.text)
}

function isCrosshead(out: ArticleText, block: Block, next: Block | undefined): boolean {
  return (
    out.paragraphs.length > 0 &&
    next !== undefined &&
    (next.kind === 'paragraph' || next.kind === 'bullet') &&
    !EMBED_CREDIT.test(next.text) &&
    !EMBED_CREDIT.test(block.text) &&
    !EMBED_TEXT.test(block.text) &&
    block.text.split(/\s+/).length <= MAX_HEADING_WORDS
  )
}

/**
 * A page title carries the site's name after a bar ("Floods hit Sindh | Dawn"); a headline itself never
 * uses one.
 */
function splitSiteName(title: string): { title: string; site: string | null } {
  const bar = /\s+\|\s+([^|]{2,40})$/.exec(title)
  if (!bar || bar.index < 10) return { title, site: null }
  return { title: title.slice(0, bar.index), site: findOutlet(bar[1]!) ?? bar[1]!.trim() }
}

/** "Floods hit Sindh. KARACHI: Floods hit …" — the headline said again as the body's first sentence. */
function dropRepeatedTitle(out: ArticleText): void {
  const first = out.paragraphs[0]
  if (out.title === null || first === undefined) return
  const rest = stripPrefix(first, out.title)
  if (rest === null) return
  if (rest === '') out.paragraphs.shift()
  else out.paragraphs[0] = rest
  for (const heading of out.headings) if (rest === '') heading.paragraph--
}

function stripPrefix(text: string, title: string): string | null {
  const words = title.split(/\s+/)
  // Most first paragraphs do not open with the headline's first word: no pattern to build for them.
  const head = words[0] ?? ''
  if (text.slice(0, head.length).toLowerCase() !== head.toLowerCase()) return null
  // The repeat ends the sentence: punctuation after it, the headline's own, or nothing more.
  const pattern = new RegExp(`^${words.map(escape).join('\\s+')}(?:[.!?;:…]+\\s+|\\s*$|(?<=[.!?…])\\s+)`, 'i')
  const match = pattern.exec(text)
  return match ? text.slice(match[0].length) : null
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function isUpdate(dateLine: string): boolean {
  return /^(last\s+)?(updated|modified)/i.test(dateLine)
}
