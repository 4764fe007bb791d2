import {
  insetAttribution,
  labelAttribution,
  leadAttribution,
  speechCarriesOn,
  trailingAttribution,
  type Attribution,
} from './attribution.ts'
import { classifySpan, type SpanContext } from './classify.ts'
import { findSpans, type Span } from './find-spans.ts'
import { sentenceEnd, sentenceStart } from './sentences.ts'
import { isSpeechVerbAt } from './speech-verbs.ts'
import { isPossessive, tokenize, type Token } from '../words/tokens.ts'
import { OBJECT_RELATIVES, nameBefore, stripAuxiliaries } from './subject.ts'
import { canNameSpeaker, readNounPhrase } from './noun-phrase.ts'
import { sentenceStarters } from '../lexicon/words.ts'
import { LIST_COORDINATORS, LIST_LINKS, SPEECH_NOUNS } from '../lexicon/word-lists.ts'

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
  // Quoted stretches passed over, by index, in case a quote kept later in their sentence takes them in.
  const passed = new Map<number, SpanContext>()
  let floor = 0
  spans.forEach((span, s) => {
    const leadFrom = sentenceStart(text, span.open, Math.max(floor, span.open - WINDOW))
    const lead =
      leadAttribution(text, leadFrom, span.open, true) ?? labelAttribution(text, leadFrom, span.open)
    const ceil = Math.min(spans[s + 1]?.open ?? text.length, span.markEnd + WINDOW)
    const endsSentence = /[.!?…]$/.test(text.slice(span.start, span.end))
    const tail = span.closed ? sentenceEnd(text, span.markEnd, ceil) : span.markEnd
    // `As X told the AP, “… fate.” He added, “…”`: a new sentence that leads into the next quote is its own.
    const leadsOn =
      lead !== null &&
      endsSentence &&
      spans[s + 1] !== undefined &&
      /[,:]\s*$/.test(text.slice(span.markEnd, ceil))
    const trailing =
      span.closed && !leadsOn
        ? (trailingAttribution(
            text,
            span.markEnd,
            tail,
            endsSentence,
            !text.slice(leadFrom, span.open).trim(),
          ) ?? (endsSentence ? null : insetAttribution(text, span.markEnd, tail)))
        : null
    // `…,” adding that it was “…”`: a participle before or after the quote reports speech without a name.
    const unnamedSpeech =
      (!lead && speechCarriesOn(text, leadFrom, span.open)) ||
      (span.closed && !trailing && speechCarriesOn(text, span.markEnd, tail))
    const previous = found[found.length - 1]
    const listed =
      previous !== undefined && previous.span === spans[s - 1] && isListedAfter(text, previous.span, span)
    // `X said Rubio was “a lightweight” while Cruz is “a basket case”`: a later quote in the sentence of a
    // quote already kept is the same speaker's.
    const sameSentence =
      previous !== undefined &&
      previous.span === spans[s - 1] &&
      !/[.!?…]$/.test(text.slice(previous.span.start, previous.span.end)) &&
      sentenceEnd(text, previous.span.markEnd, span.open) >= span.open
    const reported = lead
      ? null
      : sameSentence && previous.attribution
        ? { by: previous.attribution }
        : reportedSpeech(text, leadFrom, span.open)
    const ctx: SpanContext = {
      text,
      span,
      leadFrom,
      lead,
      trailing,
      unnamedSpeech,
      listed,
      reported: reported !== null,
    }
    const { quote, partial } = classifySpan(ctx)
    if (!quote) {
      passed.set(s, ctx)
      return
    }
    const attribution = trailing ?? lead ?? (listed ? previous.attribution : null) ?? reported?.by ?? null
    takeBack(found, spans, passed, s, { paragraph, attribution, trailing: trailing !== null })
    found.push({
      paragraph,
      span,
      partial,
      attribution,
    })
    if (trailing) shareTrailing(text, found, trailing)
    floor = span.markEnd
  })
  return found
}

const NOUN_REACH = 7

const OWNERS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
])

/** Whose words a speech noun names: `Trump's recent assertion`, `his promise` (a few words before it). */
function ownerOf(tokens: readonly Token[], noun: number): Attribution | null {
  for (let j = noun - 1; j >= Math.max(0, noun - 4); j--) {
    const t = tokens[j] as Token
    const pronoun = OWNERS.get(t.lower)
    const verbEnd = (tokens[noun] as Token).end
    if (pronoun) return { np: { tokens: [t], det: null, pronoun, body: [] }, verbEnd, anonymous: false }
    if (!isPossessive(t.text)) continue
    if (!t.cap) return null
    let from = j
    while (
      from > 0 &&
      (tokens[from - 1] as Token).cap &&
      !sentenceStarters.has((tokens[from - 1] as Token).lower)
    )
      from--
    const np = readNounPhrase(tokens.slice(0, j + 1), from)
    return np && np.tokens.length === j - from + 1 && canNameSpeaker(np)
      ? { np, verbEnd, anonymous: false }
      : null
  }
  return null
}

/**
 * A speech verb earlier in the quote's sentence: the quoted words are what someone said (`in a clip that
 * Judge X called “distasteful”`, `Trump blamed the shootings on “sickos”`). `by` is the name right before
 * the verb, when one stands there.
 */
function reportedSpeech(text: string, from: number, to: number): { by: Attribution | null } | null {
  const tokens = tokenize(text, from, to, 80)
  const v = tokens.findLastIndex((_, k) => isSpeechVerbAt(tokens, k, true))
  // `his promise to be “neutral”`, `blamed the media for X’s claim that Obama “founded ISIS”`: a noun for
  // speech in the quote's own clause, nearer than any verb, says whose words they are.
  const n = tokens.findLastIndex((t) => SPEECH_NOUNS.has(t.lower))
  const near = n > v && tokens.length - n <= NOUN_REACH && tokens.slice(n).every((t) => t.text !== ',')
  if (near) return { by: ownerOf(tokens, n) }
  if (v < 0) return null
  const before = stripAuxiliaries(tokens.slice(0, v))
  // `a clip that Judge X called`: the name after an object's relative word.
  const np = nameBefore(before.slice(before.findLastIndex((t) => OBJECT_RELATIVES.has(t.lower)) + 1))
  const by = np && canNameSpeaker(np) ? { np, verbEnd: (tokens[v] as Token).end, anonymous: false } : null
  return { by }
}

/**
 * Whether a quote follows the quote before it as the next item of one list in one sentence: only a few
 * linking words between them (`“loser,” a “liar” and a “whiner”`, `not to “…” but to “…”`), with a comma or
 * a coordinator among them.
 */
function isListedAfter(text: string, before: Span, span: Span): boolean {
  const gap = text.slice(before.markEnd, span.open)
  const words = gap.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length > 4 || /[.!?;:()]/.test(gap) || !words.every((w) => LIST_LINKS.has(w))) return false
  return (
    gap.includes(',') ||
    /,$/.test(text.slice(before.start, before.end)) ||
    words.some((w) => LIST_COORDINATORS.has(w))
  )
}

/**
 * `it would be “ugly,” “a shock” and “a fight from start to finish”`, `a “good thing” that yielded “frankly
 * good information,” he said`: short phrases passed over as scare quotes are quotes after all when a quote
 * kept later in the same sentence lists them before it, or its attribution closes the sentence. Titles
 * and works stay out: they are classified again as listed words, not as said.
 */
function takeBack(
  found: FoundQuote[],
  spans: readonly Span[],
  passed: ReadonlyMap<number, SpanContext>,
  s: number,
  kept: Pick<FoundQuote, 'paragraph' | 'attribution'> & { trailing: boolean },
): void {
  const later = spans[s] as Span
  const taken: FoundQuote[] = []
  for (let k = s - 1; passed.has(k); k--) {
    const ctx = passed.get(k) as SpanContext
    const { text, span } = ctx
    if (sentenceEnd(text, span.markEnd, later.open) < later.open) break
    if (!kept.trailing && !isListedAfter(text, span, spans[k + 1] as Span)) break
    const { quote, partial } = classifySpan({ ...ctx, listed: true })
    if (!quote) break
    taken.unshift({ paragraph: kept.paragraph, span, partial, attribution: kept.attribution })
  }
  found.push(...taken)
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
