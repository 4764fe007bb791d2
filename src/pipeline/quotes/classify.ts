import type { Attribution } from './attribution.ts'
import type { Span } from './find-spans.ts'
import { AUXILIARIES, OBJECT_PRONOUNS, SMALL_TITLE_WORDS, WORK_MARKERS } from '../lexicon/word-lists.ts'
import { framingVerbBase, isNamingVerb } from './speech-verbs.ts'
import { tokenize, type Token } from '../words/tokens.ts'

/** Whether a quoted stretch is a direct quotation, and whether it sits inside the writer's sentence. */
export type Classification = { quote: boolean; partial: boolean }

export type SpanContext = {
  text: string
  span: Span
  /** Where the quote's sentence (or the text after the previous quote) starts. */
  leadFrom: number
  lead: Attribution | null
  trailing: Attribution | null
  /** A participle beside the quote reports speech with no name of its own (`," adding that …`). */
  unnamedSpeech?: boolean
  /** The quote is listed with the quoted words just before it (`“judgment” and “honesty”`), which were kept. */
  listed?: boolean
  /** A speech verb earlier in the quote's sentence names no speaker the reader can find, but reports speech. */
  reported?: boolean
}

const SENTENCE_END = /[.!?…]["'”’)]*$/u
const TITLE_CONTEXT = /(?:\b(?:on|with|told)|\p{L}['’]s)\s*$/u
// Right after "told" stands whom the words were told to; the words come after a comma or a colon.
const TOLD = /\btold\s*$/u

/**
 * Title case with no speech verb beside it marks a name, not speech: events ("Regional
 * Summit on Water Security"), bodies, works. A question or an exclamation means a sentence was quoted; a
 * full stop may be the writer's own, closing the sentence the title ends (`on ABC's "Good Morning America."`).
 */
export function isTitleLike(quote: string): boolean {
  let trimmed = quote.replace(/[,;:\s]+$/, '')
  const stop = /[^.]\.$/.test(trimmed)
  if (stop) trimmed = trimmed.slice(0, -1)
  if (SENTENCE_END.test(trimmed)) return false
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length === 0 || words.length > 12 || (stop && words.length < 2)) return false
  return words.every(
    (w, i) => /^[^\p{L}]*[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL_TITLE_WORDS.has(w.toLowerCase())),
  )
}

/**
 * A quote is introduced when nothing of the writer's sentence stands before it, or only an attribution
 * (`X said: “…”`, `X said, “…”`, `“…,” he said, “…”`), or a colon.
 */
function isIntroduced(ctx: SpanContext): boolean {
  const before = ctx.text.slice(ctx.leadFrom, ctx.span.open).trim()
  if (before === '' || /[:]$/.test(before)) return true
  if (!ctx.lead) return false
  const afterVerb = ctx.text.slice(ctx.lead.verbEnd, ctx.span.open).trim()
  return afterVerb === '' || (afterVerb.endsWith(',') && afterVerb.split(/\s+/).length <= 4)
}

/** The writer's sentence carries on after the closing mark ("the “peace process” stalled"). */
function continuesAfter(ctx: SpanContext): boolean {
  const { text, span } = ctx
  if (!span.closed || ctx.trailing || ctx.unnamedSpeech) return false
  if (SENTENCE_END.test(text.slice(span.start, span.end))) return false
  const rest = text.slice(span.markEnd, span.markEnd + 40).trimStart()
  return rest !== '' && !/^[.!?…"“‘']/u.test(rest)
}

/**
 * Whether the words before a quote name it as a work, a slogan or a term: a marker right before it ("the
 * book", "titled", "the phrase") or one word before that ("so-called Mexican", "dubbed the"). A marker
 * with a verb after it is the subject of a sentence the quote ends ("the program was “…”"), and a
 * capitalised one after a capitalised word is a surname ("Dr. Ali Song").
 */
function namesWork(before: string): boolean {
  const words = before.split(/[^\p{L}-]+/u).filter(Boolean)
  const isMarker = (k: number): boolean => {
    const w = words[k]
    if (w === undefined || !WORK_MARKERS.has(w.toLowerCase())) return false
    return w === w.toLowerCase() || !/^\p{Lu}/u.test(words[k - 1] ?? '')
  }
  const last = words.length - 1
  return isMarker(last) || (isMarker(last - 1) && !AUXILIARIES.has((words[last] as string).toLowerCase()))
}

const BY_AUTHOR = /^\s*by\s+\S/u
const LOWER = /\p{Ll}/u

/**
 * `ARTS — "Museum to reopen after two-year refit," by Gulf News's Sara Ahmed: "…"`: a quoted line that
 * opens its sentence (after at most a label in capitals or a dash), ends in a comma and is credited "by"
 * someone is the headline of a piece in a roundup, a title of a work.
 */
function isCreditedHeadline(ctx: SpanContext): boolean {
  const { text, span } = ctx
  // A headline's comma stands inside the marks; `"Frustrated and horrified" by the shooting, X said` is
  // a passive sentence that someone speaks.
  if (!span.closed || ctx.trailing || text[span.end - 1] !== ',') return false
  if (!BY_AUTHOR.test(text.slice(span.markEnd, span.markEnd + 40))) return false
  return !LOWER.test(text.slice(ctx.leadFrom, span.open))
}

/**
 * `called Rubio “Little Marco”`, `refers to the senator, a friend of years, as “Mr. Khan”`: title case
 * that a speaker gives a person, named or a pronoun after a naming verb, or anyone after "as", is an
 * epithet the speaker used, not a name of a work.
 */
function isEpithet(ctx: SpanContext): boolean {
  const { lead, text, span } = ctx
  if (!lead) return false
  const verb = tokenize(text, Math.max(0, lead.verbEnd - 30), lead.verbEnd).at(-1)
  if (!verb || !framingVerbBase(verb.text)) return false
  const between = tokenize(text, lead.verbEnd, span.open)
  if (between.length === 0 || between.length > 14) return false
  if (between.at(-1)?.lower === 'as') return true
  if (!isNamingVerb(verb.text) || between.length > 3) return false
  if (between.length === 1 && OBJECT_PRONOUNS.has((between[0] as Token).lower)) return true
  return between.every((t) => t.word && t.cap)
}

/**
 * Decides quote or not and partial or not. Not quotes: title-cased names with no speech verb beside them,
 * titles of works ("the book “…”", "so-called “…”"), and short phrases in the writer's sentence that no
 * one is said to have said (scare quotes).
 */
export function classifySpan(ctx: SpanContext): Classification {
  const quoteText = ctx.text.slice(ctx.span.start, ctx.span.end)
  const introduced = isIntroduced(ctx)
  const partial = !introduced || continuesAfter(ctx)
  const speechBeside =
    ctx.trailing !== null || ctx.unnamedSpeech === true || (ctx.lead !== null && introduced)
  const titleLike = isTitleLike(quoteText)
  if (titleLike && !speechBeside) return { quote: isEpithet(ctx), partial }
  // `during an appearance on "CBS This Morning," Sanders said …`, `told "Fox and Friends,"`, `an interview
  // with "The View"`: title case that the writer's sentence runs into after "on", "with", "told" or a
  // possessive names a programme or a work, whoever speaks after it.
  const context = ctx.text.slice(Math.max(0, ctx.span.open - 12), ctx.span.open)
  if (titleLike && TITLE_CONTEXT.test(context) && (partial || TOLD.test(context)))
    return { quote: false, partial }
  if (!partial) return { quote: true, partial }
  if (namesWork(ctx.text.slice(Math.max(ctx.leadFrom, ctx.span.open - 40), ctx.span.open)))
    return { quote: false, partial }
  if (isCreditedHeadline(ctx)) return { quote: false, partial }
  const words = quoteText.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w))
  if (words.length <= 3 && !ctx.lead && !ctx.trailing && !ctx.unnamedSpeech && !ctx.listed && !ctx.reported)
    return { quote: false, partial }
  return { quote: true, partial }
}
