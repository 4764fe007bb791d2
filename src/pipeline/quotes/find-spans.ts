import { findMarks, type Mark } from './marks.ts'

/** Text between quotation marks. `start`/`end` bound the text (marks and edge spaces excluded). */
export type Span = {
  /** Index of the opening mark. */
  open: number
  /** Index just past the closing mark, or the paragraph length when the quote runs on. */
  markEnd: number
  start: number
  end: number
  closed: boolean
  single: boolean
}

const isBlank = (c: string): boolean => c === ' ' || /\s/.test(c)
const isStraight = (m: Mark): boolean => m.ch === '"'

/**
 * Finds the quoted stretches of one paragraph in reading order. A quote inside another (‘…’ in “…”, or
 * "…" in '…') stays part of the outer one. A double quote left open runs to the paragraph end; a single
 * one only when it opens the paragraph (a British quote continued into the next paragraph), since a lone
 * single mark is more often an apostrophe.
 */
export function findSpans(text: string): Span[] {
  const marks = findMarks(text)
  const next = nextSingles(marks)
  const spans: Span[] = []
  let openAt = -1
  let style: 'straight' | 'curly' = 'straight'
  let nested = 0
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k] as Mark
    if (openAt >= 0) {
      if (!m.double) continue
      if (isStraight(m) !== (style === 'straight')) {
        // The other style inside a quote nests, unless it plainly closes (mixed-up typography).
        if (m.canOpen && !m.canClose) nested++
        else if (m.canClose && nested > 0) nested--
        else if (m.canClose) openAt = closeDouble(spans, text, openAt, m.at, m.at + 1, true)
        continue
      }
      if (m.canClose || !m.canOpen) {
        openAt = closeDouble(spans, text, openAt, m.at, m.at + 1, true)
        continue
      }
      // An opener of the same style: the previous quote was never closed.
      openAt = closeDouble(spans, text, openAt, m.at, m.at, false)
    }
    if (m.double) {
      if (m.canOpen) {
        openAt = m.at
        style = isStraight(m) ? 'straight' : 'curly'
        nested = 0
      }
      continue
    }
    if (!m.canOpen) continue
    const c = pickSingleCloser(marks, next, k)
    if (c >= 0) {
      const closer = marks[c] as Mark
      pushSpan(spans, text, { open: m.at, markEnd: closer.at + 1, closed: true, single: true }, closer.at)
      k = c
    } else if (text.slice(0, m.at).trim() === '') {
      pushSpan(spans, text, { open: m.at, markEnd: text.length, closed: false, single: true }, text.length)
      break
    }
  }
  if (openAt >= 0) closeDouble(spans, text, openAt, text.length, text.length, false)
  return spans
}

type Next = { close: Int32Array; strong: Int32Array; open: Int32Array }

/** For each mark index, the next single closer, next non-weak single closer and next single opener. */
function nextSingles(marks: Mark[]): Next {
  const n = marks.length
  const next: Next = {
    close: new Int32Array(n + 1),
    strong: new Int32Array(n + 1),
    open: new Int32Array(n + 1),
  }
  next.close[n] = next.strong[n] = next.open[n] = -1
  for (let k = n - 1; k >= 0; k--) {
    const m = marks[k] as Mark
    const single = !m.double
    next.close[k] = single && m.canClose ? k : (next.close[k + 1] as number)
    next.strong[k] = single && m.canClose && !m.weak ? k : (next.strong[k + 1] as number)
    next.open[k] = single && m.canOpen ? k : (next.open[k + 1] as number)
  }
  return next
}

/**
 * The closer for a single opener. A closer that may be a plural possessive ("the students' union") is
 * passed over when a sure closer follows before any new opener.
 */
function pickSingleCloser(marks: Mark[], next: Next, k: number): number {
  const c = next.close[k + 1] as number
  if (c < 0 || !(marks[c] as Mark).weak) return c
  const strong = next.strong[c + 1] as number
  const opener = next.open[c + 1] as number
  return strong >= 0 && (opener < 0 || strong < opener) ? strong : c
}

/** Closes the open double quote; returns -1, the new `openAt` (a helper, not a per-call closure). */
function closeDouble(
  spans: Span[],
  text: string,
  openAt: number,
  endAt: number,
  markEnd: number,
  closed: boolean,
): number {
  pushSpan(spans, text, { open: openAt, markEnd, closed, single: false }, endAt)
  return -1
}

function pushSpan(spans: Span[], text: string, span: Omit<Span, 'start' | 'end'>, endAt: number): void {
  let start = span.open + 1
  let end = endAt
  while (start < end && isBlank(text[start] as string)) start++
  while (end > start && isBlank(text[end - 1] as string)) end--
  if (end > start)
    spans.push({
      open: span.open,
      markEnd: span.markEnd,
      start,
      end,
      closed: span.closed,
      single: span.single,
    })
}
