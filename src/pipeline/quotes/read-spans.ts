import {
  insetAttribution,
  labelAttribution,
  leadAttribution,
  speechCarriesOn,
  trailingAttribution,
  type Attribution,
} from './attribution.ts'
import { classifySpan } from './classify.ts'
import { findSpans, type Span } from './find-spans.ts'
import { sentenceEnd, sentenceStart } from './sentences.ts'

/** A quoted stretch judged to be a direct quotation, with the attribution found beside it. */
export type FoundQuote = {
  paragraph: number
  span: Span
  partial: boolean
  /** Trailing attribution if any, else the lead one; null when the sentence names no speaker. */
  attribution: Attribution | null
}

// Attributions sit close to their quote; windows are capped so a hostile paragraph stays linear.
const WINDOW = 400

/** Finds the direct quotations of one paragraph, in reading order, with their attributions. */
export function readQuotes(text: string, paragraph: number): FoundQuote[] {
  const spans = findSpans(text)
  const found: FoundQuote[] = []
  let floor = 0
  spans.forEach((span, s) => {
    const leadFrom = sentenceStart(text, span.open, Math.max(floor, span.open - WINDOW))
    const lead =
      leadAttribution(text, leadFrom, span.open, true) ?? labelAttribution(text, leadFrom, span.open)
    const ceil = Math.min(spans[s + 1]?.open ?? text.length, span.markEnd + WINDOW)
    const endsSentence = /[.!?…]$/.test(text.slice(span.start, span.end))
    const tail = span.closed ? sentenceEnd(text, span.markEnd, ceil) : span.markEnd
    const trailing = span.closed
      ? (trailingAttribution(text, span.markEnd, tail, endsSentence) ??
        (endsSentence ? null : insetAttribution(text, span.markEnd, tail)))
      : null
    // `…,” adding that it was “…”`: a participle before or after the quote reports speech without a name.
    const unnamedSpeech =
      (!lead && speechCarriesOn(text, leadFrom, span.open)) ||
      (span.closed && !trailing && speechCarriesOn(text, span.markEnd, tail))
    const { quote, partial } = classifySpan({ text, span, leadFrom, lead, trailing, unnamedSpeech })
    if (!quote) return
    found.push({ paragraph, span, partial, attribution: trailing ?? lead })
    if (trailing) shareTrailing(text, found, trailing)
    floor = span.markEnd
  })
  return found
}

/**
 * `Guns are “a crisis” and “stunt growth,” X said`: quotes earlier in the sentence with no attribution of
 * their own belong to the attribution that closes it.
 */
function shareTrailing(text: string, found: FoundQuote[], trailing: Attribution): void {
  let next = found.length - 1
  for (let k = found.length - 2; k >= 0; k--) {
    const earlier = found[k] as FoundQuote
    const later = found[next] as FoundQuote
    if (earlier.attribution || sentenceEnd(text, earlier.span.markEnd, later.span.open) < later.span.open)
      return
    earlier.attribution = trailing
    next = k
  }
}
