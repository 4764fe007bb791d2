import { isCountryOrSubdivision } from '../lexicon/places.ts'
import { isCommonWord, sentenceStarters } from '../lexicon/words.ts'
import {
  canNameSpeaker,
  headWord,
  isCalendarWord,
  isListNoun,
  readNounPhrase,
  type NounPhrase,
} from './noun-phrase.ts'
import { isSpeechVerbAt } from './speech-verbs.ts'
import { isPossessive, type Token } from '../words/tokens.ts'
import {
  AUXILIARIES,
  CUT_WORDS,
  DEFINITE,
  INDEFINITE,
  RELATIVE_STARTS,
  SHARE_WORDS,
  SUBORDINATORS,
} from '../lexicon/word-lists.ts'

// Finding the subject of a speech verb among the comma-separated chunks before it.

const POST_MODIFIERS = new Set([
  ...['of', 'for', 'from', 'at', 'in', 'on', 'with', 'who', 'which', 'whose', 'that', 'familiar', 'close'],
  ...['knowledgeable', 'involved', 'based', 'inside', 'within', 'under', 'privy', 'aware', 'near'],
])
// "a diplomat speaking on condition …", "an official briefed on the talks"
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u
const POST_MODIFIER_MARKS = new Set(['(', '—', '–'])

/** The subject of a verb in a lead: the last comma chunk that is not a relative clause or appositive. */
export function subjectBefore(segment: readonly Token[]): NounPhrase | null {
  const chunks = splitChunks(stripAuxiliaries(segment))
  for (let c = chunks.length - 1; c >= 0; c--) {
    // "…, and she claimed": a coordinator opening the verb's own chunk is no part of its subject.
    const whole = chunks[c] as Token[]
    const linked = c === chunks.length - 1 ? whole.findIndex((t) => !CLAUSE_LINKS.has(t.lower)) : 0
    const chunk = linked > 0 ? whole.slice(linked) : whole
    // "X backed Y, but now said": the clause's subject stands before the coordinator.
    if (c > 0 && chunk.every((t) => CLAUSE_LINKS.has(t.lower))) continue
    // "X, at a meeting in Columbus, Ohio, said": a place after a place name is where, not who.
    if (c > 0 && isPlaceAfterPlace(chunk, chunks[c - 1] as Token[])) continue
    // "the massacre, which he called …": the relative clause has a subject of its own.
    const own = c === chunks.length - 1 ? (relativeSubject(chunk) ?? subordinateSubject(chunk)) : null
    if (own) return own
    const start = validStart(chunk) ?? (c === chunks.length - 1 ? wholeDescription(chunk) : null)
    // "X, who …, said", "X, 45, said", "X, a close aide to Y, said": the subject is before the aside.
    // "However, as X told reporters": a clause opening with "as" holds the verb's subject.
    const asClause = chunk[0]?.lower === 'as' && c === chunks.length - 1
    const aside = opensAside(chunk) || isAsidePhrase(chunk) || (isPredicate(chunk) && !asClause)
    if (!start && c > 0 && aside) continue
    const np = start ?? validTail(chunk)
    if (!np) return null
    // "Ali Khan, the party leader, said": the name, not its appositive — when that chunk is only a name.
    // "Rep. Jane Roe of Ohio, an ally of the leadership, said" too: the name may carry its own "of …".
    const previous = chunks[c - 1]
    const earlier = previous ? readNounPhrase(previous, 0) : null
    const rest = previous?.[earlier?.tokens.length ?? 0]
    const onlyName = !rest || rest.lower === 'of' || rest.lower === 'from' || rest.text === '('
    // "Georgia Clarke, a British teacher who …, said": a description with an article is no name, capitals or not.
    const described = np.det !== null && !opensScene(earlier)
    if (earlier && onlyName && isNamePhrase(earlier) && (described || !np.body.some((t) => t.cap)))
      return earlier
    return np
  }
  return null
}

/**
 * A description right before its verb is the subject whole, whatever its head noun: "the Christie
 * supporter retorted", "the gambling tycoon said" (a noun phrase alone stops at nouns it does not know).
 */
function wholeDescription(chunk: readonly Token[]): NounPhrase | null {
  const det = chunk[0]?.lower ?? ''
  if (!DEFINITE.has(det) && !INDEFINITE.has(det)) return null
  const body = chunk.slice(1)
  const plain = body.every((t) => t.word && !CUT_WORDS.has(t.lower) && !isSpeechVerbAt(body, 0))
  return body.length > 0 && body.length <= 5 && plain
    ? { tokens: [...chunk], det, pronoun: null, body }
    : null
}

const OF_BODY = new Set(['of', 'from', 'in', 'at'])

const MEASURES = new Set(['most', 'half', 'majority', 'minority', 'percent'])

/**
 * A share of people as polls report it, right before its verb: "About four in 10 said", "most said",
 * "Only 14 percent said", "… worried; most said". Someone unnamed, never a name.
 */
export function shareBefore(segment: readonly Token[]): NounPhrase | null {
  const stripped = stripAuxiliaries(segment)
  const counts = (t: Token): boolean => /^\d/.test(t.text) || MEASURES.has(t.lower)
  const fits = (t: Token): boolean => t.text === '%' || counts(t) || SHARE_WORDS.has(t.lower)
  // "… likely” and 14 percent said": the share ends the text before the verb, after any link word.
  let from = stripped.length
  while (from > 0 && fits(stripped[from - 1] as Token)) from--
  while (from < stripped.length && LINKS_INSIDE.has((stripped[from] as Token).lower)) from++
  const chunk = stripped.slice(from)
  if (chunk.length === 0 || chunk.length > 6 || !chunk.some(counts)) return null
  return { tokens: chunk, det: null, pronoun: null, body: chunk }
}

// Words that join a share's parts but never open one: "four in 10", "more than half", "a third of".
const LINKS_INSIDE = new Set(['in', 'of', 'than', 'out'])

/** A person's name (no determiner, capitalised) that ends right before tokens[end]. */
function nameEndingAt(chunk: readonly Token[], end: number): NounPhrase | null {
  for (let j = Math.max(0, end - 6); j < end; j++) {
    const np = readNounPhrase(chunk, j)
    if (!np || np.tokens.length !== end - j || !isNamePhrase(np) || !canNameSpeaker(np)) continue
    // "More from Jones": a lone common word is no name.
    if (np.body.length > 1 || !isCommonWord((np.body[0] as Token).lower)) return np
  }
  return null
}

/** "Ohio" after "in Columbus": the state or country of a place named as "City, State". */
function isPlaceAfterPlace(chunk: readonly Token[], previous: readonly Token[]): boolean {
  const last = previous[previous.length - 1]
  if (!last?.cap || chunk.length === 0 || !chunk.every((t) => t.word && t.cap)) return false
  return isCountryOrSubdivision(chunk.map((t) => t.text).join(' '))
}

/** Relative words that stand for a clause's object: "which he", "whom the minister", "a clip that X called". */
export const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'that'])

/** The subject of a relative clause whose relative word is the object: "which he", "whom the minister". */
function relativeSubject(chunk: readonly Token[]): NounPhrase | null {
  if (!OBJECT_RELATIVES.has(chunk[0]?.lower ?? '')) return null
  const np = readNounPhrase(chunk, 1)
  const named = np !== null && (np.pronoun !== null || np.det !== null || (np.body[0] as Token).cap)
  return named && np.tokens.length === chunk.length - 1 && canNameSpeaker(np) ? np : null
}

/**
 * "The talks were suspended after then prime minister X told …": a verb in a clause opened by "after",
 * "when", "because" … has that clause's subject, right after the opening word.
 */
function subordinateSubject(chunk: readonly Token[]): NounPhrase | null {
  const k = chunk.findLastIndex((t, i) => i > 0 && SUBORDINATORS.has(t.lower))
  if (k < 0) return null
  const rest = chunk.slice(k + 1)
  const np = validTail(rest)
  if (!np || rest.indexOf(np.tokens[0] as Token) > 3 || !canNameSpeaker(np)) return null
  return np.pronoun !== null || np.body.some((t) => t.cap) ? np : null
}

const CLAUSE_LINKS = new Set(['but', 'and', 'yet', 'now', 'then', 'later', 'also', 'still', 'so'])

const isNamePhrase = (np: NounPhrase): boolean =>
  np.det === null && np.pronoun === null && np.body.some((t) => t.cap)

/** "Today, the People's Daily calls it …": a lone time or opening word before the subject sets the scene. */
function opensScene(np: NounPhrase | null): boolean {
  const only = np?.body.length === 1 ? (np.body[0] as Token).lower : null
  return only !== null && (sentenceStarters.has(only) || isCommonWord(only) || isCalendarWord(only))
}

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
  const chunk = withoutTimeTail(tokens.slice(0, end))
  for (let i = Math.max(0, chunk.length - 10); i < chunk.length; i++) {
    const np = readNounPhrase(chunk, i)
    if (!np || np.tokens.length !== chunk.length - i || !canNameSpeaker(np)) continue
    // "convention Sen. Jane Roe": a common noun run into a name is not part of it.
    const first = np.body[0]
    if (np.det === null && first && !first.cap && np.body.some((t) => t.cap)) continue
    // "Archbishop X of the Armenian Patriarchate of Jerusalem": the person, not the bodies after "of".
    let subject = np
    for (let at = i; ;) {
      const link = chunk[at - 1]?.lower === 'the' ? at - 2 : at - 1
      const named = subject.body.some((t) => t.cap)
      const owner = named && OF_BODY.has(chunk[link]?.lower ?? '') ? nameEndingAt(chunk, link) : null
      if (!owner) return subject
      subject = owner
      at = link - owner.tokens.length
    }
  }
  return null
}

// Openers of a sentence's scene-setting chunk ("On Monday,", "In a statement,"): the subject comes after.
const SCENE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'earlier',
  'later',
  'last',
  'since',
])

// Closers of a scene-setting chunk that opens with its measure of time ("Hours later,", "Two days earlier,").
const SCENE_CLOSERS = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward'])

/**
 * The subject of the writer's sentence that holds a quoted fragment, when it opens the sentence and a
 * verb follows it: "Moore thanked him for “…”", "X, founder of Y, endorsed Cruz, saying he “…”". A
 * partial quote with no speech verb beside it is the subject's words in news writing.
 */
export function sentenceSubject(segment: readonly Token[], finite = false): NounPhrase | null {
  const chunks = splitChunks(segment)
  let c = 0
  // "On Monday, X …", "Speaking to reporters, X …": the subject follows the scene.
  const opener = chunks[0]?.[0]?.lower ?? ''
  const closer = chunks[0]?.at(-1)?.lower ?? ''
  if (
    chunks.length > 1 &&
    (SCENE_OPENERS.has(opener) || /^\p{L}+ing$/u.test(opener) || SCENE_CLOSERS.has(closer))
  )
    c = 1
  // "…in Salem, New Hampshire, X": the scene may end on a place's state or country.
  while (c > 0 && c < chunks.length - 1 && isPlaceAfterPlace(chunks[c] as Token[], chunks[c - 1] as Token[]))
    c++
  const chunk = chunks[c]
  const np = chunk ? readNounPhrase(chunk, 0) : null
  if (!chunk || !np || !canNameSpeaker(np) || np.pronoun === 'it' || !canSpeakUnprompted(np)) return null
  // "Sen. Jane Roe (D-Ohio) weighed in": a bracketed label after a name is part of the subject.
  let n = np.tokens.length
  if (chunk[n]?.text === '(') n = chunk.findIndex((t, i) => i > n && t.text === ')') + 1 || chunk.length
  const next = chunk[n]
  // With `finite`, "X has taken …" too: an auxiliary opens the subject's verb.
  const verbLike = (t: Token): boolean =>
    t.word && !t.cap && (!CUT_WORDS.has(t.lower) || (finite && AUXILIARIES.has(t.lower)))
  if (next) return verbLike(next) ? np : null
  // The whole chunk is the subject; its verb opens a later chunk after any asides.
  const verbChunk = chunks.slice(c + 1).find((later) => !isAppositive(later))
  const verb = verbChunk?.[0]
  return verb && verb.word && !verb.cap && !CUT_WORDS.has(verb.lower) ? np : null
}

/**
 * With no speech verb beside it, a subject speaks only if it is someone: a pronoun, a name, or a phrase whose
 * head is a known speaker noun ("the minister") — not "The rejection", "His auto", a sentence-opening
 * common word ("Guns", "Contrast") or a contraction ("It’s").
 */
const CONTRACTION = /^(?:it|that|this|there|here|what|who)['’](?:s|ll|d)$/

function canSpeakUnprompted(np: NounPhrase): boolean {
  if (np.pronoun !== null) return true
  const [first, ...rest] = np.body
  if (!first || CONTRACTION.test(first.lower)) return false
  const capitalised = np.body.filter((t) => t.cap)
  const openingWord = np.det === null && capitalised.length === 1 && first.cap && rest.length === 0
  if (capitalised.length > 0 && !(openingWord && isCommonWord(first.lower))) return true
  return isListNoun(headWord(np))
}

const TIME_LINKS = new Set(['on', 'last', 'this', 'late', 'early', 'next'])
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night'])

/** "The Interior Ministry on Monday" → "The Interior Ministry": when it spoke is no part of who spoke. */
function withoutTimeTail(tokens: Token[]): Token[] {
  let end = tokens.length
  if (end > 1 && DAY_PARTS.has((tokens[end - 1] as Token).lower)) end--
  if (end < 2 || !isCalendarWord((tokens[end - 1] as Token).lower)) return tokens
  end--
  if (end > 1 && TIME_LINKS.has((tokens[end - 1] as Token).lower)) end--
  return tokens.slice(0, end)
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
  // "Nigeria's junior petroleum minister, Timipre Sylva,": the owner's capital does not make it a name.
  const owned = np.body.findLastIndex((t) => isPossessive(t.text))
  if (np.body.slice(owned + 1).some((t) => t.cap) || np.pronoun) return np
  const start = after[0]?.text === ',' ? 1 : 0
  const name = readNounPhrase(after, start)
  return name && isNamePhrase(name) ? name : np
}

/** A chunk that opens like an aside to a subject: "who …", "45", "speaking on …", "a spokesman for …". */
function opensAside(chunk: readonly Token[]): boolean {
  const lower = chunk[0]?.lower ?? ''
  return (
    RELATIVE_STARTS.has(lower) ||
    /^\d+$/.test(lower) ||
    /ing$/.test(lower) ||
    DEFINITE.has(lower) ||
    INDEFINITE.has(lower)
  )
}

/** "endorsed the plan last week[, saying]": a verb's own chunk; its subject stands in an earlier one. */
function isPredicate(chunk: readonly Token[]): boolean {
  const first = chunk[0]
  if (!first?.word || first.cap || DEFINITE.has(first.lower) || INDEFINITE.has(first.lower)) return false
  const np = readNounPhrase(chunk, 0)
  return !np || !canNameSpeaker(np)
}

const FINITE_AUXILIARIES = new Set(
  'is are was were has have had will would can could should may might must do does did'.split(' '),
)

/**
 * A chunk that reads as a noun phrase, perhaps with a modifier ("vice-chancellor of a university",
 * "France and Germany") — not a clause that runs from a name into its verb ("Trump was talking … he").
 */
function isAsidePhrase(chunk: readonly Token[]): boolean {
  const np = readNounPhrase(chunk, 0)
  if (!np) return false
  const next = chunk[np.tokens.length]
  return !next || !next.word || next.cap || (CUT_WORDS.has(next.lower) && !FINITE_AUXILIARIES.has(next.lower))
}

/** A chunk that adds to a subject: an aside, or any phrase ("Nigeria's junior petroleum minister"). */
export function isAppositive(chunk: readonly Token[]): boolean {
  // "endorsed Cruz": a chunk opening with a past form is the verb's, however a phrase might read it.
  const first = chunk[0]
  if (first?.word && !first.cap && first.lower.endsWith('ed') && !isListNoun(first.lower)) return false
  return chunk.length === 0 || opensAside(chunk) || readNounPhrase(chunk, 0) !== null
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
