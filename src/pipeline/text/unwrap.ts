/** One logical line of input: a paragraph, a headline or a label, with hard-wrapped lines joined. */
export type TextLine = {
  text: string
  /** 1-based line number of its first source line. */
  line: number
  /** A blank line stands before it (or it opens the file). */
  blankBefore: boolean
}

type Source = { text: string; width: number; indent: number; line: number; blankBefore: boolean }

const MIN_WRAP = 40
const MAX_WRAP = 130

/**
 * Splits raw text into logical lines. Paragraphs may be separated by blank lines, by single newlines or by
 * indentation alone; text hard-wrapped at a fixed width (with or without a uniform indent) is joined back
 * into paragraphs. A file counts as wrapped when most lines that run on into another line are "full": the
 * next line's first word would not have fitted after them within the width the file keeps to. Within such a
 * file a line runs on into the next unless it is short of full, a blank line follows, or the next line is
 * indented deeper than the text's usual indent (a first-line indent) or is a list item. A line that
 * `standsAlone` (a byline, a date line, a label) neither runs on nor takes the line before it.
 */
export function unwrapLines(text: string, standsAlone: (line: string) => boolean = () => false): TextLine[] {
  const sources = toSources(text)
  const width = wrapWidth(sources.filter((s) => !LIST_ITEM.test(s.text) && !standsAlone(s.text)))
  const out: TextLine[] = []
  if (width === null) {
    for (const s of sources) out.push({ text: s.text, line: s.line, blankBefore: s.blankBefore })
    return out
  }
  const indent = continuationIndent(sources, width)
  let current: TextLine | null = null
  let previous: Source | null = null
  let previousAlone = false
  for (const s of sources) {
    const alone = standsAlone(s.text)
    const runsOn =
      current !== null &&
      previous !== null &&
      !alone &&
      !previousAlone &&
      previous.width <= width &&
      !s.blankBefore &&
      s.indent <= indent &&
      s.indent <= previous.indent &&
      !LIST_ITEM.test(s.text) &&
      isFull(previous, s, width)
    if (runsOn && current) current.text = join(current.text, s.text)
    else {
      current = { text: s.text, line: s.line, blankBefore: s.blankBefore }
      out.push(current)
    }
    previous = s
    previousAlone = alone
  }
  return out
}

const LIST_ITEM = /^[-•*–]\s/

function toSources(text: string): Source[] {
  const sources: Source[] = []
  let blankBefore = true
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const expanded = raw.includes('\t') ? raw.replace(/\t/g, '    ') : raw
    const trimmed = expanded.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '')
    if (trimmed === '') {
      blankBefore = true
      return
    }
    const indent = expanded.length - expanded.trimStart().length
    const width = indent + trimmed.length
    sources.push({ text: trimmed, width, indent, line: index + 1, blankBefore })
    blankBefore = false
  })
  return sources
}

/**
 * The fixed width the file is wrapped at, or null when its lines are not hard-wrapped. Wrapped prose has
 * lines that fill the width and mostly end inside a sentence; a file of one paragraph a line has lines of
 * any length that end where sentences end, and some longer than any wrap width.
 */
function wrapWidth(sources: Source[]): number | null {
  const width = likeliestWidth(sources)
  if (width === null) return null
  let over = 0
  for (const s of sources) if (s.width > width) over++
  // A headline may stand out past the width; paragraphs on one line each mostly do.
  if (over > 1 + sources.length / 20) return null
  let runOns = 0
  let full = 0
  let sentenceEnds = 0
  for (let i = 0; i + 1 < sources.length; i++) {
    const s = sources[i]!
    const next = sources[i + 1]!
    if (next.blankBefore || s.width > width) continue
    runOns++
    if (isFull(s, next, width)) full++
    if (SENTENCE_END.test(s.text)) sentenceEnds++
  }
  return full >= 3 && full >= runOns * 0.5 && sentenceEnds < runOns * 0.5 ? width : null
}

/**
 * The width most run-on lines were broken at: a greedy wrapper breaks a line of `n` columns when the next
 * word would take it past the width, so each run-on line votes for the widths from `n` up to just before
 * `n + 1 + next word`; the widest of the most-voted widths wins, so that every line that voted for it is
 * full at it.
 */
function likeliestWidth(sources: Source[]): number | null {
  const votes = new Int32Array(MAX_WRAP + 2)
  for (let i = 0; i + 1 < sources.length; i++) {
    const s = sources[i]!
    const next = sources[i + 1]!
    if (next.blankBefore || s.width > MAX_WRAP) continue
    const reach = s.width + 1 + next.text.split(/\s/, 1)[0]!.length
    votes[Math.max(MIN_WRAP, s.width)]! += 1
    votes[Math.min(MAX_WRAP + 1, Math.max(MIN_WRAP, reach))]! -= 1
  }
  let best = 0
  let bestWidth: number | null = null
  let running = 0
  for (let w = MIN_WRAP; w <= MAX_WRAP; w++) {
    running += votes[w]!
    if (running > 0 && running >= best) [best, bestWidth] = [running, w]
  }
  return bestWidth
}

const SENTENCE_END = /[.!?…]["'”’)]*$/

function isFull(line: Source, next: Source, width: number): boolean {
  const firstWord = next.text.split(/\s/, 1)[0]!.length
  // A wrapper breaks after a hyphen too, so the piece that moved down may be a word's second half.
  return line.width + 1 + firstWord > width - 2 || (/\p{L}-$/u.test(line.text) && line.width > width * 0.8)
}

/** The indent of lines that continue a paragraph: the commonest indent of lines that follow a full line. */
function continuationIndent(sources: Source[], width: number): number {
  const counts = new Map<number, number>()
  for (let i = 1; i < sources.length; i++) {
    const s = sources[i]!
    if (!s.blankBefore && isFull(sources[i - 1]!, s, width))
      counts.set(s.indent, (counts.get(s.indent) ?? 0) + 1)
  }
  let best = 0
  let most = -1
  for (const [indent, count] of counts)
    if (count > most || (count === most && indent < best)) [best, most] = [indent, count]
  return best
}

function join(text: string, next: string): string {
  // "anti-" at a line end and "government" below it are one word; a dash between words keeps its spaces.
  return /\p{L}-$/u.test(text) ? text + next : `${text} ${next}`
}
