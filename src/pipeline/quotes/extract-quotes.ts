import type { Quote, Speaker } from '../../lib/article.ts'
import { leadAttribution, type Attribution } from './attribution.ts'
import { buildMemory, type QuoteContext } from './build-memory.ts'
import { position, type Candidate, type Memory } from './memory.ts'
import { describeMention } from './mention.ts'
import { phraseText, qualifierEnd } from './noun-phrase.ts'
import { readQuotes, type FoundQuote } from './read-spans.ts'
import { withoutPullQuotes } from './pull-quotes.ts'
import { resolveSpeaker, type Resolved } from './resolve-speaker.ts'
import { sentenceStart, splitSentences } from './sentences.ts'
import { sentenceSubject } from './subject.ts'
import { readingOnce, tokenize, type Token } from '../words/tokens.ts'
import { PRONOUNS } from '../lexicon/word-lists.ts'
import { isContraction } from '../names/person-name.ts'

type Event = { at: number; quote: FoundQuote | null; attribution: Attribution | null }

/**
 * Direct quotations in reading order, ids quote-1..n, with resolved speakers. `context` is the headline
 * and summary (may help resolve names) and the byline (who "I" is), paragraphs are the body with dateline prefix already removed.
 */
export function extractQuotes(paragraphs: string[], context?: QuoteContext): Quote[] {
  return readingOnce(() => quotesOf(paragraphs, context))
}

function quotesOf(paragraphs: string[], context?: QuoteContext): Quote[] {
  const found = withoutPullQuotes(
    paragraphs,
    paragraphs.map((text, p) => readQuotes(text, p)),
  )
  const memory = buildMemory(paragraphs, found, context)
  const speakers = assignSpeakers(paragraphs, found, memory)
  return found.flat().map((q, i) => ({
    id: `quote-${i + 1}`,
    paragraph: q.paragraph,
    start: q.span.start,
    end: q.span.end,
    text: (paragraphs[q.paragraph] as string).slice(q.span.start, q.span.end),
    partial: q.partial,
    speaker: credited(speakers.get(q)?.speaker),
  }))
}

/**
 * Walks quotes and reported speech ("X said …") in reading order, resolving each attribution against
 * what came before. A quote with no attribution of its own takes the latest speaker in its paragraph,
 * else the quote it continues or the last speaker of the previous paragraph, else the previous quote's
 * speaker — with `mention: null`, since its own paragraph does not name anyone.
 */
function assignSpeakers(
  paragraphs: string[],
  found: FoundQuote[][],
  memory: Memory,
): Map<FoundQuote, Resolved> {
  const result = new Map<FoundQuote, Resolved>()
  let previousParagraphLast: Resolved | null = null
  let lastQuote: { resolved: Resolved; unclosed: boolean } | null = null
  // In an interview, a question standing alone is the interviewer's: whoever asked the last question.
  let asker: Resolved | null = null
  paragraphs.forEach((text, p) => {
    let latest: Resolved | null = null
    for (const event of events(text, p, found[p] ?? [])) {
      let resolved: Resolved | null = null
      if (event.attribution) {
        const np = event.attribution.np
        const at = position(p, (np.tokens[0] as Token).start)
        const info = describeMention(text, np)
        resolved = resolveSpeaker(info, phraseText(text, np), at, memory, event.attribution.anonymous)
        if (
          info.type === 'common' &&
          resolved.speaker.kind === 'anonymous' &&
          resolved.speaker.name === info.text
        )
          resolved = qualified(resolved, text, (np.tokens[np.tokens.length - 1] as Token).end)
      } else if (event.quote) {
        const opensParagraph = text.slice(0, event.quote.span.open).trim() === ''
        const subject = opensParagraph ? null : subjectOf(text, p, event.quote, memory)
        const alone = opensParagraph && text.slice(event.quote.span.markEnd).trim() === ''
        const question = alone && isQuestion(text, event.quote) ? asker : null
        const inherited: Resolved | null =
          question ??
          subject ??
          latest ??
          (opensParagraph && lastQuote?.unclosed ? lastQuote.resolved : null) ??
          previousParagraphLast ??
          lastQuote?.resolved ??
          null
        if (inherited) resolved = subject || latest ? inherited : withoutMention(inherited, event.at)
      }
      if (!resolved) continue
      memory.speakers.push(resolved.candidate)
      latest = resolved
      if (event.quote) {
        if (event.attribution && isQuestion(text, event.quote)) asker = resolved
        result.set(event.quote, resolved)
        lastQuote = { resolved, unclosed: !event.quote.span.closed }
      }
    }
    previousParagraphLast = latest
  })
  return result
}

const isQuestion = (text: string, quote: FoundQuote): boolean =>
  text.slice(quote.span.start, quote.span.end).trimEnd().endsWith('?')

/** The speaker named as the subject of the writer's sentence around a quoted fragment, if any. */
function subjectOf(text: string, p: number, quote: FoundQuote, memory: Memory): Resolved | null {
  const from = sentenceStart(text, quote.span.open, Math.max(0, quote.span.open - 400))
  const np = sentenceSubject(tokenize(text, from, quote.span.open, 80), true)
  if (!np) return null
  const at = position(p, (np.tokens[0] as Token).start)
  return resolveSpeaker(describeMention(text, np), phraseText(text, np), at, memory, false)
}

/**
 * A pronoun no one earlier fits ("they said", with no one named) credits no one; nor does a contraction
 * read where a speaker was looked for ("I'm told", "They're saying").
 */
function credited(speaker: Speaker | undefined): Speaker | null {
  if (!speaker) return null
  if (speaker.kind !== 'unknown') return speaker
  const name = speaker.name
  const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? ''
  if (PRONOUNS.has(name.toLowerCase()) || isContraction(last)) return null
  return speaker
}

/** An unnamed speaker with the words that say who is meant: "a spokesman" + " for the ministry". */
function qualified(r: Resolved, text: string, end: number): Resolved {
  const extra = text.slice(end, qualifierEnd(text, end))
  if (extra === '') return r
  const speaker = {
    ...r.speaker,
    name: r.speaker.name + extra,
    mention: `${r.speaker.mention ?? ''}${extra}`,
  }
  return { speaker, candidate: { ...r.candidate, name: speaker.name } }
}

function withoutMention(r: Resolved, at: number): Resolved {
  const candidate: Candidate = { ...r.candidate, at }
  return { speaker: { ...r.speaker, mention: null } satisfies Speaker, candidate }
}

/** Quotes and the sentences of reported speech outside them, in reading order. */
function events(text: string, p: number, quotes: readonly FoundQuote[]): Event[] {
  const list: Event[] = quotes.map((q) => ({ at: q.span.open, quote: q, attribution: q.attribution }))
  let q = 0
  for (const [a, b] of splitSentences(text)) {
    // Sentences and quotes are both in order: one pointer finds any quote overlapping the sentence.
    while (q < quotes.length && (quotes[q] as FoundQuote).span.markEnd <= a) q++
    if (q < quotes.length && (quotes[q] as FoundQuote).span.open < b) continue
    const attribution = leadAttribution(text, a, b)
    if (attribution) list.push({ at: (attribution.np.tokens[0] as Token).start, quote: null, attribution })
  }
  return list
    .sort((x, y) => x.at - y.at)
    .map((e) => ({ at: position(p, e.at), quote: e.quote, attribution: e.attribution }))
}
