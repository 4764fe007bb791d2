import { similarity } from '../similarity.ts'
import { isLeadShaped, isTitleCase, isTitleShaped, type Block } from './blocks.ts'

/**
 * A headline block as found in the file: the headline, any deck or summary lines under it, and the byline,
 * date and furniture lines that stand with it.
 */
export type Head = {
  title: Block
  /** Deck lines and `- ` bullets, in order. */
  summary: Block[]
  /** Date, byline, separator and furniture lines inside the block. */
  meta: Block[]
  /** Lines before the headline that belong with it (kickers, furniture, date and byline lines). */
  before: Block[]
}

/** One article's parts as found in the file, before any reading of its text. */
export type RawArticle = {
  head: Head | null
  /** The body's lines in order, furniture and crossheads included. */
  body: Block[]
  /** 1-based line where the article starts. */
  line: number
}

/** Whether a paragraph opens with a dateline, and whether its place is one the gazetteer knows. */
export type DatelineKind = 'known' | 'unknown' | null
type DatelineOf = (paragraph: string) => DatelineKind

export type SegmentProblem = { line: number; reason: string; warning?: true }

type HeadItem = {
  kind: 'head'
  head: Head
  /** It can only open the text after it. */
  opens: boolean
}
type BodyItem = { kind: 'body'; blocks: Block[] }
type Item = HeadItem | BodyItem

const META = new Set<Block['kind']>(['date', 'byline', 'furniture', 'separator'])

/**
 * Groups classified lines into articles. A file is one article unless its text proves otherwise: a new
 * article starts only at a repeated headline, at a headline with summary bullets that is followed by a
 * dateline, or at a headline after a separator line. A repeated headline block may also close the text
 * before it (scraped pages sometimes put the headline block after the body); which side it takes is decided
 * by what it says — its words recurring in the body. A short line inside a body is never a headline.
 * @param datelineOf tells whether a paragraph opens with a dateline (a body, never a headline), and whether
 * its place is known (only a known place's dateline can prove that a new article starts).
 */
export function segment(
  blocks: Block[],
  datelineOf: DatelineOf,
): { articles: RawArticle[]; problems: SegmentProblem[] } {
  const items = toItems(blocks, datelineOf)
  const pairs = pairItems(items)
  const articles: RawArticle[] = []
  const problems: SegmentProblem[] = []
  items.forEach((item, index) => {
    const partner = pairs.get(index)
    if (item.kind === 'body') {
      if (partner !== undefined) return
      const first = item.blocks[0]!
      problems.push({
        line: first.line,
        reason: 'text with no headline, titled by its first sentence',
        warning: true,
      })
      articles.push({ head: null, body: item.blocks, line: first.line })
      return
    }
    const body = partner === undefined ? [] : (items[partner] as BodyItem).blocks
    if (body.length === 0)
      problems.push({ line: item.head.title.line, reason: 'headline with no body text', warning: true })
    const starts = [item.head.before[0] ?? item.head.title, body[0]].filter((b) => b !== undefined)
    articles.push({ head: item.head, body, line: Math.min(...starts.map((b) => b.line)) })
  })
  articles.sort((a, b) => a.line - b.line)
  return { articles, problems }
}

function toItems(blocks: Block[], datelineOf: DatelineOf): Item[] {
  const items: Item[] = []
  const blankParagraphs = blocks.some((b, i) => i > 0 && b.blankBefore)
  let body: Block[] = []
  const closeBody = () => {
    if (body.length > 0) items.push({ kind: 'body', blocks: body })
    body = []
  }
  let i = 0
  const lead = readLeadingHead(blocks, datelineOf, blankParagraphs)
  if (lead) {
    items.push({ kind: 'head', head: lead.head, opens: true })
    i = lead.end
  }
  // Body first and nothing before it: a headline closing the file is the body's own (a scrape that put the
  // headline block last), when it speaks of what the body does.
  const tail = lead ? -1 : findClosingHead(blocks)
  while (i < blocks.length) {
    if (i === tail) {
      closeBody()
      items.push({ kind: 'head', head: readHead(blocks, i, [], false, datelineOf).head, opens: false })
      break
    }
    const found = findHeadAt(blocks, i, datelineOf)
    if (found) {
      if (blocks[i]!.kind === 'separator') body.push(blocks[i]!)
      closeBody()
      items.push({ kind: 'head', head: found.head, opens: found.opens })
      i = found.end
    } else body.push(blocks[i++]!)
  }
  closeBody()
  return items
}

/** The headline block that opens the file, after any kicker, furniture, date or byline lines. */
function readLeadingHead(
  blocks: Block[],
  datelineOf: DatelineOf,
  blankParagraphs: boolean,
): { head: Head; end: number } | null {
  let i = 0
  while (i < blocks.length && (META.has(blocks[i]!.kind) || isKicker(blocks, i))) i++
  const title = blocks[i]
  if (!title || !canLead(title) || opensWithDateline(title.text, datelineOf)) return null
  return readHead(blocks, i, blocks.slice(0, i), blankParagraphs, datelineOf)
}

/** Where a headline block that closes the file starts (a headline with its bullets and meta lines), or -1. */
function findClosingHead(blocks: Block[]): number {
  let j = blocks.length - 1
  while (j > 0 && (blocks[j]!.kind === 'bullet' || META.has(blocks[j]!.kind))) j--
  if (j <= 0 || blocks[j]!.kind !== 'headline') return -1
  const head = blocks
    .slice(j)
    .map((block) => block.text)
    .join(' ')
  const body = blocks
    .slice(0, j)
    .map((block) => block.text)
    .join(' ')
  return similarity(head, body) >= CLOSING_HEAD_SIMILARITY ? j : -1
}

// At least this share of a closing headline's words recur in the body before it ("Nepal tightens Everest
// rules" over a story of Nepal, Everest and rules); a closing line of other words is the body's own last line.
const CLOSING_HEAD_SIMILARITY = 0.3

/** A section label of one or two words over the headline: "WORLD", "Pakistan", "Middle East". */
function isKicker(blocks: Block[], i: number): boolean {
  const block = blocks[i]!
  const next = blocks[i + 1]
  // A two-word headline over a first sentence is a headline: the kicker must stand over a headline.
  return (
    block.text.split(/\s+/).length <= 2 &&
    !/[.!?:]$/.test(block.text) &&
    next !== undefined &&
    (next.kind === 'headline' || (block.text === block.text.toUpperCase() && canTitle(next))) &&
    next.text.split(/\s+/).length > 2 &&
    blocks[i + 2] !== undefined
  )
}

function canTitle(block: Block): boolean {
  return block.kind === 'headline' || (block.kind === 'paragraph' && isTitleShaped(block.text))
}

/**
 * A first line that opens with a known place's dateline is body text when it reads as a sentence: long, or
 * ending as one. Headlines open like datelines too: with a label ("BREAKING NEWS: …"), or with a speaker and
 * a colon ("Carson: Cruz taking …", "BOOM: Trump Just Fired …") whose word happens to be a town somewhere;
 * datelines in title case take a dash or an agency ("Washington (AFP) –"), not a colon, and are followed by
 * a sentence, not by Title Case.
 */
function opensWithDateline(text: string, datelineOf: DatelineOf): boolean {
  if (datelineOf(text) !== 'known') return false
  if (/^\p{Lu}\p{Ll}[\p{L}.'’-]*(\s\p{Lu}\p{Ll}[\p{L}.'’-]*){0,3}:\s/u.test(text)) return false
  const rest = text.slice(text.search(/[:—–-]\s/) + 2)
  return !isTitleCase(rest) && (text.length > 120 || /[.!?…]["”’)]*$/.test(text))
}

/** The file's first line of text is its headline when it is short: a sentence or three, in any case. */
function canLead(block: Block): boolean {
  return block.kind === 'headline' || (block.kind === 'paragraph' && isLeadShaped(block.text))
}

const isHeadMark = (block: Block) => block.kind === 'byline' || block.kind === 'date'

/** A headline block starting mid-file at `i`, when the text proves one starts there. */
function findHeadAt(
  blocks: Block[],
  i: number,
  datelineOf: DatelineOf,
): { head: Head; end: number; opens: boolean } | null {
  const block = blocks[i]!
  if (block.kind === 'separator') {
    // Agencies also set `___` between a story's sections, over crossheads, so the headline after a separator
    // must carry a headline block's marks (bullets, a byline, a date line) or be followed by a dateline.
    let j = i + 1
    while (j < blocks.length && META.has(blocks[j]!.kind)) j++
    const title = blocks[j]
    if (!title || title.kind !== 'headline') return null
    // The separator closes the text before it; lines between it and the headline go with the headline.
    const found = readHead(blocks, j, blocks.slice(i + 1, j), false, datelineOf)
    const after = blocks[found.end]
    const marked =
      found.head.summary.some((b) => b.kind === 'bullet') ||
      found.head.meta.some(isHeadMark) ||
      (after !== undefined && datelineOf(after.text) !== null)
    return marked && after !== undefined ? { ...found, opens: true } : null
  }
  if (block.kind !== 'headline') return null
  const next = blocks[i + 1]
  if (next && next.kind === 'headline' && sameText(block.text, next.text))
    return { ...readHead(blocks, i, [], false, datelineOf), opens: false }
  let j = i + 1
  if (blocks[j]?.kind !== 'bullet') return null
  while (j < blocks.length && (blocks[j]!.kind === 'bullet' || META.has(blocks[j]!.kind))) j++
  const after = blocks[j]
  if (!after || datelineOf(after.text) !== 'known') return null
  return { ...readHead(blocks, i, [], false, datelineOf), opens: true }
}

/**
 * Reads a headline block from its headline at `i`: a repeat of the headline, deck lines, `- ` bullets, and
 * date, byline and furniture lines, up to the first line of body text.
 */
function readHead(
  blocks: Block[],
  i: number,
  before: Block[],
  blankParagraphs: boolean,
  datelineOf: DatelineOf,
): { head: Head; end: number } {
  const title = blocks[i]!
  const head: Head = { title, summary: [], meta: [], before }
  let j = i + 1
  if (blocks[j] && blocks[j]!.kind === 'headline' && sameText(blocks[j]!.text, title.text)) {
    head.meta.push(blocks[j]!)
    j++
  }
  for (; j < blocks.length; j++) {
    const block = blocks[j]!
    const hasBullets = head.summary.some((b) => b.kind === 'bullet')
    if (block.kind === 'bullet') head.summary.push(block)
    else if (META.has(block.kind)) head.meta.push(block)
    else if (
      !hasBullets &&
      j + 1 < blocks.length &&
      isDeck(block, blocks[j + 1]!, blankParagraphs, datelineOf)
    )
      head.summary.push(block)
    else break
  }
  return { head, end: j }
}

/**
 * A deck (standfirst) under a headline: a short line before the byline or date line that still belongs to
 * the headline block; else, in a file whose paragraphs are separated by blank lines, a short line set
 * directly under the headline with no blank line between; elsewhere, another headline-shaped line.
 */
function isDeck(block: Block, next: Block, blankParagraphs: boolean, datelineOf: DatelineOf): boolean {
  if (datelineOf(block.text) || (block.kind !== 'headline' && block.kind !== 'paragraph')) return false
  const short = block.kind === 'headline' || isTitleShaped(block.text)
  if (short && isHeadMark(next)) return true
  if (blankParagraphs) return short && !block.blankBefore
  return block.kind === 'headline'
}

/**
 * Maximum-weight matching on the path of items: each headline block takes the body before or after it, each
 * body at most one headline. Every pair is worth more than any difference in similarity, so the number of
 * articles is maximised first and what the texts say decides between equally many pairings. A headline that
 * proves an article starts (bullets then a dateline, or a separator) only takes the body after it.
 */
function pairItems(items: Item[]): Map<number, number> {
  const best: number[] = new Array<number>(items.length + 1).fill(0)
  const took: boolean[] = new Array<boolean>(items.length + 1).fill(false)
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1]!
    const b = items[k]!
    const canPair = a.kind !== b.kind && !(b.kind === 'head' && b.opens)
    // With two items there is nothing to choose between, so what the texts say need not be weighed.
    const weight = canPair ? 2 + (items.length > 2 ? pairSimilarity(a, b) : 0) : -1
    const skip = best[k]!
    const take = (best[k - 1] ?? 0) + weight
    best[k + 1] = take > skip ? take : skip
    took[k + 1] = take > skip
  }
  const pairs = new Map<number, number>()
  for (let k = items.length; k >= 2;) {
    if (took[k]) {
      pairs.set(k - 2, k - 1).set(k - 1, k - 2)
      k -= 2
    } else k -= 1
  }
  return pairs
}

function pairSimilarity(a: Item, b: Item): number {
  const [item, body] = a.kind === 'head' ? [a, b as BodyItem] : [b as HeadItem, a]
  const head = [item.head.title, ...item.head.summary].map((block) => block.text).join(' ')
  return similarity(head, body.blocks.map((block) => block.text).join(' '))
}

/** The same line, give or take spacing, case and closing punctuation. */
export function sameText(a: string, b: string): boolean {
  return toKey(a) === toKey(b)
}

function toKey(text: string): string {
  return text
    .replace(/[\s.;:,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}
