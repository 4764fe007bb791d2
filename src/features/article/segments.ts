import type { Quote } from '../../lib/article.ts'

export type Segment = { text: string; quote: Quote | null }

/**
 * Cuts one paragraph into plain text and quote segments by the quotes' offsets, in order. Overlapping or
 * out-of-range quotes are skipped rather than garbling the text: the paragraph always reads in full.
 */
export function toSegments(paragraph: string, quotes: Quote[]): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    if (quote.start < at || quote.end > paragraph.length || quote.end <= quote.start) continue
    if (quote.start > at) segments.push({ text: paragraph.slice(at, quote.start), quote: null })
    segments.push({ text: paragraph.slice(quote.start, quote.end), quote })
    at = quote.end
  }
  if (at < paragraph.length || segments.length === 0)
    segments.push({ text: paragraph.slice(at), quote: null })
  return segments
}

/** Minutes to read the text at 230 words a minute, at least one. */
export function toReadingMinutes(paragraphs: string[]): number {
  const words = paragraphs.reduce((total, p) => total + p.split(/\s+/).filter(Boolean).length, 0)
  return Math.max(1, Math.round(words / 230))
}
