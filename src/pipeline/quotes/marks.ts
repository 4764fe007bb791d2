import { ELISIONS } from '../lexicon/word-lists.ts'

/** A quotation-mark character with what its surroundings allow it to do. */
export type Mark = {
  at: number
  ch: string
  double: boolean
  canOpen: boolean
  canClose: boolean
  /** A single closing mark that may be a plural possessive ("students' union"). */
  weak: boolean
}

const MARK = /["“”„«»'‘’]/g
const DOUBLE_OPENERS = '“„«'
const DOUBLE_CLOSERS = '”»'
const OPEN_PUNCT = '([{—–-/“‘"\'«„'
const CLOSE_PUNCT = ',.;:!?)]}—–…”’"\'»'
const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || /\s/.test(c)
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/**
 * Lists the quotation marks of a paragraph. Like Markdown's flanking rules, a mark with space (or an opening
 * bracket) before it and a character after it can open; one after a character and before space or
 * punctuation can close. Apostrophes — inside words (don't), before elided years (’90s) and in rock ’n’
 * roll — are left out altogether.
 */
export function findMarks(text: string): Mark[] {
  const marks: Mark[] = []
  const apostrophes = new Set<number>()
  MARK.lastIndex = 0
  for (let found = MARK.exec(text); found !== null; found = MARK.exec(text)) {
    const i = found.index
    const ch = found[0]
    if (apostrophes.has(i)) continue
    const prev = text[i - 1]
    const next = text[i + 1]
    const leftBound = isSpace(prev) || OPEN_PUNCT.includes(prev as string)
    const rightBound = isSpace(next) || CLOSE_PUNCT.includes(next as string)
    const flanksOpen = leftBound && !isSpace(next)
    const flanksClose = !isSpace(prev) && rightBound
    if (ch === '"') {
      marks.push({ at: i, ch, double: true, canOpen: flanksOpen, canClose: flanksClose, weak: false })
    } else if (DOUBLE_OPENERS.includes(ch)) {
      // A typographic opener is an opener, unless it plainly sits where a closer goes (bad typography).
      const misused = flanksClose && !flanksOpen
      marks.push({ at: i, ch, double: true, canOpen: !misused, canClose: misused, weak: false })
    } else if (DOUBLE_CLOSERS.includes(ch)) {
      const misused = flanksOpen && !flanksClose
      marks.push({ at: i, ch, double: true, canOpen: misused, canClose: !misused, weak: false })
    } else {
      if (isLetter(prev) && isLetter(next)) continue
      const elided = elisionLength(text, i + 1)
      if (leftBound && elided > 0) {
        // "'n'" in rock 'n' roll: the closing mark of the elision is an apostrophe as well.
        if ("'’‘".includes(text[i + 1 + elided] ?? '')) apostrophes.add(i + 1 + elided)
        continue
      }
      const canOpen = ch !== '’' && flanksOpen
      const canClose = ch !== '‘' && flanksClose
      const weak = canClose && /[sS]/.test(prev ?? '') && next === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '')
      marks.push({ at: i, ch, double: false, canOpen, canClose, weak })
    }
  }
  return marks
}

/** Length of an elision that follows a mark ('90s, 'em, 'n'), or 0 when the mark is no apostrophe. */
function elisionLength(text: string, from: number): number {
  if (/\d/.test(text[from] ?? '') && /\d/.test(text[from + 1] ?? '') && !/\d/.test(text[from + 2] ?? '')) {
    return 2
  }
  let end = from
  while (end < text.length && end - from < 6 && /\p{Ll}/u.test(text[end] as string)) end++
  if (end === from || isLetter(text[end])) return 0
  return ELISIONS.has(text.slice(from, end)) ? end - from : 0
}
