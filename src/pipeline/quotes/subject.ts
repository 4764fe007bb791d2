import { canNameSpeaker, readNounPhrase, type NounPhrase } from './noun-phrase.ts'
import { isSpeechVerbAt } from './speech-verbs.ts'
import type { Token } from './tokens.ts'
import { AUXILIARIES, RELATIVE_STARTS } from './word-lists.ts'

// Finding the subject of a speech verb among the comma-separated chunks before it.

const POST_MODIFIERS = new Set([
  ...['of', 'for', 'from', 'at', 'in', 'on', 'with', 'who', 'which', 'whose', 'that', 'familiar', 'close'],
  ...['knowledgeable', 'involved', 'based', 'inside', 'within', 'under'],
])
// "a diplomat speaking on condition …", "an official briefed on the talks"
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u
const POST_MODIFIER_MARKS = new Set(['(', '—', '–'])

/** The subject of a verb in a lead: the last comma chunk that is not a relative clause or appositive. */
export function subjectBefore(segment: readonly Token[]): NounPhrase | null {
  const chunks = splitChunks(stripAuxiliaries(segment))
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c] as Token[]
    if (isAppositive(chunk) && !validStart(chunk) && c > 0) continue
    const np = validStart(chunk) ?? validTail(chunk)
    if (!np) return null
    // "Ali Khan, the party leader, said": the name, not its appositive — when that chunk is only a name.
    const previous = chunks[c - 1]
    const earlier = previous ? readNounPhrase(previous, 0) : null
    const wholeName = earlier !== null && earlier.tokens.length === previous?.length && isNamePhrase(earlier)
    if (wholeName && !np.body.some((t) => t.cap)) return earlier
    return np
  }
  return null
}

const isNamePhrase = (np: NounPhrase): boolean =>
  np.det === null && np.pronoun === null && np.body.some((t) => t.cap)

/** A phrase opening the chunk that covers it or is followed only by a post-modifier ("of the …", "who …"). */
export function validStart(chunk: readonly Token[]): NounPhrase | null {
  const np = readNounPhrase(chunk, 0)
  if (!np || !canNameSpeaker(np)) return null
  const next = chunk[np.tokens.length]
  if (!next || POST_MODIFIERS.has(next.lower) || POST_MODIFIER_MARKS.has(next.text)) return np
  if (PARTICIPLE.test(next.text) && !isSpeechVerbAt(chunk, np.tokens.length)) return np
  return null
}

/**
 * The longest phrase that ends the chunk ("In a statement the ministry" → "the ministry"), before any
 * bracketed label after a name ("Sen. Elizabeth Warren (D-MA)").
 */
function validTail(tokens: readonly Token[]): NounPhrase | null {
  let end = tokens.length
  if (tokens[end - 1]?.text === ')') {
    const open = tokens.findLastIndex((t) => t.text === '(')
    if (open > 0) end = open
  }
  const chunk = tokens.slice(0, end)
  for (let i = Math.max(0, chunk.length - 10); i < chunk.length; i++) {
    const np = readNounPhrase(chunk, i)
    if (!np || np.tokens.length !== chunk.length - i || !canNameSpeaker(np)) continue
    // "convention Sen. Jane Roe": a common noun run into a name is not part of it.
    const first = np.body[0]
    if (np.det === null && first && !first.cap && np.body.some((t) => t.cap)) continue
    return np
  }
  return null
}

/**
 * The name that labels what follows it, at the end of a stretch of text: "More from Jones" → "Jones",
 * "Pollster Ann Selzer" → the whole. Only a capitalised name labels a quote; "the statement" does not.
 */
export function nameBefore(tokens: readonly Token[]): NounPhrase | null {
  const chunk = splitChunks(tokens).at(-1)
  const np = chunk ? validTail(chunk) : null
  return np && np.det === null && np.pronoun === null && np.body.some((t) => t.cap) ? np : null
}

/** A name in the appositive after a role ("a spokesman, Ali Khan, said") names the speaker better. */
export function preferName(np: NounPhrase, after: readonly Token[]): NounPhrase {
  if (np.body.some((t) => t.cap) || np.pronoun) return np
  const start = after[0]?.text === ',' ? 1 : 0
  const name = readNounPhrase(after, start)
  return name && isNamePhrase(name) ? name : np
}

/** A chunk that adds to a subject: "who …", "a spokesman for …", "45", "speaking on …". */
export function isAppositive(chunk: readonly Token[]): boolean {
  const first = chunk[0]
  if (!first) return true
  const lower = first.lower
  return (
    RELATIVE_STARTS.has(lower) ||
    /^\d+$/.test(lower) ||
    /ing$/.test(lower) ||
    readNounPhrase(chunk, 0) !== null
  )
}

/**
 * Drops auxiliaries and adverbs before the verb: "the ministry has also [said]" → "the ministry", "Cruz
 * gingerly [said]" → "Cruz".
 */
export function stripAuxiliaries(tokens: readonly Token[]): Token[] {
  let end = tokens.length
  while (end > 0 && isAuxiliaryOrAdverb(tokens[end - 1] as Token)) end--
  return tokens.slice(0, end)
}

// Nouns that end like adverbs and may well be the subject: "the family said", "an ally said".
const LY_NOUNS = new Set([
  'family',
  'ally',
  'assembly',
  'rally',
  'supply',
  'monopoly',
  'daily',
  'weekly',
  'bully',
])
const isAuxiliaryOrAdverb = (t: Token): boolean =>
  AUXILIARIES.has(t.lower) || (/^\p{Ll}{3,}ly$/u.test(t.text) && !LY_NOUNS.has(t.lower))

/** Splits on commas and dashes, keeping parenthesised asides inside their chunk. */
export function splitChunks(tokens: readonly Token[]): Token[][] {
  const chunks: Token[][] = [[]]
  let depth = 0
  for (const t of tokens) {
    if (t.text === '(') depth++
    if (t.text === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && (t.text === ',' || t.text === '—' || t.text === '–')) chunks.push([])
    else (chunks[chunks.length - 1] as Token[]).push(t)
  }
  return chunks.filter((c) => c.length > 0)
}
