import type { Block } from './blocks.ts'
import { similarity } from '../similarity.ts'

/** One article's parts as found in the file, before any reading of its text. */
export type RawArticle = {
  title: string
  summary: string[]
  dates: string[]
  paragraphs: Block[]
  /** 1-based line where the article starts. */
  line: number
}

export type SegmentProblem = { line: number; reason: string }

type HeadItem = {
  kind: 'head'
  title: string
  line: number
  summary: string[]
  dates: string[]
  repeated: boolean
}
type BodyItem = { kind: 'body'; paragraphs: Block[]; dates: string[] }
type Item = HeadItem | BodyItem

/**
 * Groups classified lines into articles. A headline block (headline, possibly repeated, then summary bullets)
 * belongs to the body right after it or right before it (scraped pages sometimes put the headline block after
 * the text); which one is decided by what they say — the block's words recurring in the body — so that every
 * headline gets a body where the layout allows.
 * @param startsArticle tells whether a paragraph opens an article (it begins with a dateline).
 */
export function segment(
  blocks: Block[],
  startsArticle: (paragraph: string) => boolean,
): { articles: RawArticle[]; problems: SegmentProblem[] } {
  const items = foldSubheads(toItems(blocks, startsArticle), startsArticle)
  const pairs = pairItems(items)
  const articles: RawArticle[] = []
  const problems: SegmentProblem[] = []
  items.forEach((item, index) => {
    const partner = pairs.get(index)
    if (item.kind === 'body') {
      if (partner === undefined)
        problems.push({ line: item.paragraphs[0]!.line, reason: 'body text with no headline' })
      return
    }
    if (partner === undefined) {
      problems.push({ line: item.line, reason: 'headline with no body text' })
      return
    }
    const body = items[partner] as BodyItem
    articles.push({
      title: item.title,
      summary: item.summary,
      dates: [...item.dates, ...body.dates],
      paragraphs: body.paragraphs,
      line: Math.min(item.line, body.paragraphs[0]!.line),
    })
  })
  articles.sort((a, b) => a.line - b.line)
  return { articles, problems }
}

function toItems(blocks: Block[], startsArticle: (paragraph: string) => boolean): Item[] {
  const items: Item[] = []
  for (const block of blocks) {
    const last = items.at(-1)
    // A line that opens with a dateline is body text, however short or unpunctuated.
    if (block.kind === 'headline' && !startsArticle(block.text)) {
      if (last?.kind === 'head' && last.summary.length === 0 && sameText(last.title, block.text))
        last.repeated = true
      else
        items.push({
          kind: 'head',
          title: block.text,
          line: block.line,
          summary: [],
          dates: [],
          repeated: false,
        })
    } else if (block.kind === 'bullet' && last?.kind === 'head') {
      last.summary.push(block.text)
    } else if (block.kind === 'date') {
      if (last) last.dates.push(block.text)
      else items.push({ kind: 'body', paragraphs: [], dates: [block.text] })
    } else if (last?.kind === 'body' && (last.paragraphs.length === 0 || !startsArticle(block.text))) {
      last.paragraphs.push(block)
    } else {
      // Bullets inside a body are list items of the text; a dateline mid-run opens another article's body.
      items.push({ kind: 'body', paragraphs: [block], dates: [] })
    }
  }
  return items.filter((item) => item.kind === 'head' || item.paragraphs.length > 0)
}

/**
 * A short headline-shaped line between two runs of text, with no summary, repeat or date of its own and
 * not followed by a dateline, is a subheading inside one article, not a new article.
 */
function foldSubheads(items: Item[], startsArticle: (paragraph: string) => boolean): Item[] {
  const out: Item[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const before = out.at(-1)
    const after = items[i + 1]
    const isSubhead =
      item.kind === 'head' &&
      before?.kind === 'body' &&
      after?.kind === 'body' &&
      item.summary.length === 0 &&
      item.dates.length === 0 &&
      !item.repeated &&
      item.title.split(/\s+/).length <= 4 &&
      !startsArticle(after.paragraphs[0]!.text)
    if (isSubhead) {
      before.paragraphs.push({ kind: 'paragraph', text: item.title, line: item.line }, ...after.paragraphs)
      before.dates.push(...after.dates)
      i++
    } else out.push(item)
  }
  return out
}

/**
 * Maximum-weight matching on the path of items: each headline block takes the body before or after it, each
 * body at most one headline. Every pair is worth more than any difference in similarity, so the number of
 * articles is maximised first and what the texts say decides between equally many pairings.
 */
function pairItems(items: Item[]): Map<number, number> {
  const best: number[] = new Array<number>(items.length + 1).fill(0)
  const took: boolean[] = new Array<boolean>(items.length + 1).fill(false)
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1]!
    const b = items[k]!
    const weight = a.kind !== b.kind ? 2 + pairSimilarity(a, b) : -1
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
  const [head, body] = a.kind === 'head' ? [a, b as BodyItem] : [b as HeadItem, a]
  return similarity([head.title, ...head.summary].join(' '), body.paragraphs.map((p) => p.text).join(' '))
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase()
}
