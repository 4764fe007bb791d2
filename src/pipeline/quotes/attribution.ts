import { canNameSpeaker, headWord, readNounPhrase, type NounPhrase } from './noun-phrase.ts'
import { isSpeechVerbAt } from './speech-verbs.ts'
import { tokenize, type Token } from './tokens.ts'
import { ANONYMITY_CUES, AUXILIARIES, DOC_NOUNS, RELATIVE_STARTS } from './word-lists.ts'

/** The speaker phrase of an attribution ("X said", "said X", "according to X") and where its verb ends. */
export type Attribution = { np: NounPhrase; verbEnd: number; anonymous: boolean }

const POST_MODIFIERS = new Set([
  ...['of', 'for', 'from', 'at', 'in', 'on', 'with', 'who', 'which', 'whose', 'that', 'familiar', 'close'],
  ...['knowledgeable', 'involved', 'based', 'inside', 'within', 'under'],
])
// "a diplomat speaking on condition …", "an official briefed on the talks"
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u
const POST_MODIFIER_MARKS = new Set(['(', '—', '–'])
const LEADING_PUNCT = new Set([',', '—', '–', '-', ':', ')', ';'])
const MAX_TRAILING_TOKENS = 30

/**
 * Attribution after a quote's closing mark, up to the end of its sentence: `," X said`, `," said X`,
 * `," X, who …, told Reuters`, `," according to X`. The speaker must open the tail; a speech verb far
 * into another clause does not attribute the quote. After a quote that ends its own sentence only a
 * short tail counts (`"Why?" he asked.`), not the next sentence.
 */
export function trailingAttribution(
  text: string,
  from: number,
  to: number,
  quoteEndsSentence: boolean,
): Attribution | null {
  const all = tokenize(text, from, to)
  if (quoteEndsSentence && all.length > 12) return null
  let k = 0
  while (k < all.length && LEADING_PUNCT.has((all[k] as Token).text)) k++
  const tokens = all.slice(k, k + MAX_TRAILING_TOKENS)
  const according = accordingTo(tokens, 0)
  const anonymous = (): boolean => hasAnonymityCue(text, from, to)
  if (according) return { ...according, anonymous: anonymous() }
  if (isSpeechVerbAt(tokens, 0)) {
    // `," said X` — whatever follows the phrase (", who …", "in a statement", ".") is fine.
    const np = readNounPhrase(tokens, 1)
    if (!np || !canNameSpeaker(np)) return null
    const after = tokens.slice(1 + np.tokens.length)
    return { np: preferName(np, after), verbEnd: (tokens[0] as Token).end, anonymous: anonymous() }
  }
  for (let v = 1; v < tokens.length; v++) {
    if (!isSpeechVerbAt(tokens, v)) continue
    const chunks = splitChunks(stripAuxiliaries(tokens.slice(0, v)))
    const first = chunks[0]
    const np = first && validStart(first)
    if (!np) return null
    const rest = chunks.slice(1)
    if (!rest.every((c) => isAppositive(c))) return null
    return { np: preferName(np, rest[0] ?? []), verbEnd: (tokens[v] as Token).end, anonymous: anonymous() }
  }
  return null
}

/**
 * Attribution in a sentence before a quote, or in a whole sentence of reported speech: "X said: “…”",
 * "X said the meeting was a “…”", "In a statement, X said", "According to X, …", "X, who …, said".
 * With `framing`, verbs that frame a phrase count too ("X called it “…”").
 */
export function leadAttribution(text: string, from: number, to: number, framing = false): Attribution | null {
  const tokens = tokenize(text, from, to).slice(0, 80)
  for (let v = 0; v < tokens.length; v++) {
    const according = accordingTo(tokens, v)
    if (according) return { ...according, anonymous: hasAnonymityCue(text, from, to) }
    if (!isSpeechVerbAt(tokens, v, framing)) continue
    const np = subjectBefore(tokens.slice(0, v))
    if (np) return { np, verbEnd: (tokens[v] as Token).end, anonymous: hasAnonymityCue(text, from, to) }
  }
  return null
}

/** "according to X" at tokens[k]; a document ("a statement from X") gives way to its issuer. */
function accordingTo(tokens: readonly Token[], k: number): Omit<Attribution, 'anonymous'> | null {
  if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.text !== 'to') return null
  const np = readNounPhrase(tokens, k + 2)
  if (!np || !canNameSpeaker(np)) return null
  const after = k + 2 + np.tokens.length
  const link = tokens[after]?.lower
  if (DOC_NOUNS.has(headWord(np)) && (link === 'from' || link === 'by' || link === 'of')) {
    const issuer = readNounPhrase(tokens, after + 1)
    if (issuer && canNameSpeaker(issuer)) return { np: issuer, verbEnd: lastEnd(issuer) }
  }
  return { np, verbEnd: lastEnd(np) }
}

/** The subject of a verb in a lead: the last comma chunk that is not a relative clause or appositive. */
function subjectBefore(segment: readonly Token[]): NounPhrase | null {
  const chunks = splitChunks(stripAuxiliaries(segment))
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c] as Token[]
    if (isAppositive(chunk) && !validStart(chunk) && c > 0) continue
    const np = validStart(chunk) ?? validTail(chunk)
    if (!np) return null
    const earlier = c > 0 ? validStart(chunks[c - 1] as Token[]) : null
    // "Ali Khan, the party leader, said": the name, not its appositive.
    if (earlier && !np.body.some((t) => t.cap) && isNamePhrase(earlier)) return earlier
    return np
  }
  return null
}

const lastEnd = (np: NounPhrase): number => (np.tokens[np.tokens.length - 1] as Token).end
const isNamePhrase = (np: NounPhrase): boolean =>
  np.det === null && np.pronoun === null && np.body.some((t) => t.cap)

/** A phrase opening the chunk that covers it or is followed only by a post-modifier ("of the …", "who …"). */
function validStart(chunk: readonly Token[]): NounPhrase | null {
  const np = readNounPhrase(chunk, 0)
  if (!np || !canNameSpeaker(np)) return null
  const next = chunk[np.tokens.length]
  if (!next || POST_MODIFIERS.has(next.lower) || POST_MODIFIER_MARKS.has(next.text)) return np
  if (PARTICIPLE.test(next.text) && !isSpeechVerbAt(chunk, np.tokens.length)) return np
  return null
}

/** The longest phrase that ends the chunk ("In a statement the ministry" → "the ministry"). */
function validTail(chunk: readonly Token[]): NounPhrase | null {
  for (let i = Math.max(0, chunk.length - 10); i < chunk.length; i++) {
    const np = readNounPhrase(chunk, i)
    if (np && np.tokens.length === chunk.length - i && canNameSpeaker(np)) return np
  }
  return null
}

/** A name in the appositive after a role ("a spokesman, Ali Khan, said") names the speaker better. */
function preferName(np: NounPhrase, after: readonly Token[]): NounPhrase {
  if (np.body.some((t) => t.cap) || np.pronoun) return np
  const start = after[0]?.text === ',' ? 1 : 0
  const name = readNounPhrase(after, start)
  return name && isNamePhrase(name) ? name : np
}

/** A chunk that adds to a subject: "who …", "a spokesman for …", "45", "speaking on …". */
function isAppositive(chunk: readonly Token[]): boolean {
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

function stripAuxiliaries(tokens: readonly Token[]): Token[] {
  let end = tokens.length
  while (end > 0 && AUXILIARIES.has((tokens[end - 1] as Token).lower)) end--
  return tokens.slice(0, end)
}

/** Splits on commas and dashes, keeping parenthesised asides inside their chunk. */
function splitChunks(tokens: readonly Token[]): Token[][] {
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

function hasAnonymityCue(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to).toLowerCase()
  return ANONYMITY_CUES.some((cue) => window.includes(cue))
}
