import { GENERIC_PLACE_WORDS } from '../lexicon/places.ts'
import { isCommonWord, isListedAdverb, isPastVerb, isPersonNoun } from '../lexicon/words.ts'
import { speechVerbBase } from './speech-verbs.ts'
import { isAcronym, stripPossessive, tokenize, type Token } from '../words/tokens.ts'
import {
  ABBREVIATIONS,
  ANONYMOUS_NOUNS,
  AUXILIARIES,
  CUT_WORDS,
  DEFINITE,
  DOC_NOUNS,
  FUNCTION_WORDS,
  INDEFINITE,
  NAME_CONNECTORS,
  ORG_NOUNS,
  ORG_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLES,
} from '../lexicon/word-lists.ts'

/** The words naming a speaker: "he", "a police source", "the Bank of England". */
export type NounPhrase = {
  tokens: Token[]
  /** Lower-cased determiner ("the", "a", "two"), or null. */
  det: string | null
  pronoun: string | null
  /** Tokens after the determiner. */
  body: Token[]
}

const MAX_BODY = 10

/** The words that join a title to its office: "Minister of State for Law and Justice". */
export const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and'])
/** Whether a title's "of" or "for" stands in the phrase: what follows it is the office ("for Law and Justice"). */
const hasTitleLink = (body: readonly Token[]): boolean =>
  body.some((t) => t.lower === 'of' || t.lower === 'for')

/**
 * Whether the phrase so far ends in a title: a capitalised head, then only title words, "of", "for" and, in
 * the office after them, "and" and any capitalised word ("Minister for Law and Justice").
 */
function isTitleRun(body: readonly Token[]): boolean {
  for (let k = body.length - 1; k >= 0; k--) {
    const t = body[k] as Token
    if (t.cap && TITLE_HEADS.has(t.key)) return true
    if (
      t.cap
        ? !TITLES.has(t.key) && !TITLE_MODIFIERS.has(t.key) && !hasTitleLink(body.slice(0, k))
        : !TITLE_LINKS.has(t.lower)
    )
      return false
  }
  return false
}
// One capital, or initials joined by dots ("J", "H.W").
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u
export const BODY_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', '&'])
// Words that open a sentence and never a name; the others of FUNCTION_WORDS ("Will", "May") may be names
// when a capitalised word follows.
const STRICT_OPENERS = new Set(
  'in on at when while if so but and as after before during since though although here there then now meanwhile however despite amid following why how what where because yet also thus still of with from by alongside like unlike besides among against without likewise instead otherwise moreover furthermore nevertheless nonetheless indeed similarly'.split(
    ' ',
  ),
)
const CLAUSE_WORDS = new Set(['until', 'unless', 'whether', 'than', 'what', 'who', 'whom', 'whose', 'which'])
const OPENERS = new Set(
  [...FUNCTION_WORDS].filter((w) => !DEFINITE.has(w) && !INDEFINITE.has(w) && !PRONOUNS.has(w)),
)
const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|april|june|july|august|september|october|november|december)$/
/** A day or a month name that is never a person's name ("Friday", "November"; not "May" or "March"). */
export const isCalendarWord = (lower: string): boolean => CALENDAR.test(lower)
/** A noun the word lists know as a speaker: a person, a role, an anonymous source, a body or a document. */
export const isListNoun = (w: string): boolean =>
  ROLE_NOUNS.has(w) ||
  ANONYMOUS_NOUNS.has(w) ||
  ORG_NOUNS.has(w) ||
  DOC_NOUNS.has(w) ||
  // "tycoon", "designer" — not a word that is mostly an adjective ("familiar", "native").
  (isPersonNoun(w) && !isCommonWord(w))
const stops = (t: Token): boolean => {
  const w = t.lower
  return CUT_WORDS.has(w) || speechVerbBase(w) !== null || DEFINITE.has(w) || INDEFINITE.has(w)
}

/**
 * Reads a noun phrase starting at tokens[from]: a pronoun; or an optional determiner followed by a run of
 * capitalised words (names may hold "of", "bin", "al": Ministry of Foreign Affairs) and common nouns.
 * Lower-case words after a name are kept only up to a known head noun ("Army commander"), so a name is
 * not run into the verb after it. Returns null when no phrase starts there.
 */
export function readNounPhrase(tokens: readonly Token[], from: number): NounPhrase | null {
  const first = tokens[from]
  if (!first?.word) return null
  const firstLower = first.lower
  if (PRONOUNS.has(firstLower)) return { tokens: [first], det: null, pronoun: firstLower, body: [] }
  // A sentence that opens "When asked …", "So …", "Of Carson", "Likewise" does not open with a name; "Will"
  // or "May" before another capital may ("Will Smith").
  if (
    first.cap &&
    (STRICT_OPENERS.has(firstLower) ||
      isListedAdverb(firstLower) ||
      (OPENERS.has(firstLower) && !tokens[from + 1]?.cap))
  )
    return null
  let i = from
  let det: string | null = null
  if (DEFINITE.has(firstLower) || INDEFINITE.has(firstLower)) {
    // "said that he …": "that" before a pronoun joins a clause; it is no determiner.
    const second = tokens[from + 1]
    if (second && PRONOUNS.has(second.lower)) return readNounPhrase(tokens, from + 1)
    det = firstLower
    i++
  }
  const body: Token[] = []
  let hasCap = false
  let orgRun = false
  while (i < tokens.length && body.length < MAX_BODY) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]
    if (!t.word) {
      // "Gen." keeps its dot; "&" joins capitalised names (Johnson & Johnson).
      const prev = body[body.length - 1]
      // A middle initial keeps its dot too ("Donald J. Trump", "George H.W. Bush").
      const initial = prev !== undefined && INITIALS.test(prev.text)
      // "a former U.S. law enforcement official": a dotted abbreviation runs on into lower-case words.
      const dotted =
        prev !== undefined &&
        prev.text.includes('.') &&
        (ABBREVIATIONS.has(prev.lower) || INITIALS.test(prev.text))
      if (
        t.text === '.' &&
        prev &&
        (ABBREVIATIONS.has(prev.key) || dotted || initial) &&
        next &&
        (next.cap || (dotted && next.word))
      ) {
        body.push(t)
        i++
        continue
      }
      // "Karachi Port Trust (KPT) Chairman X": a body's acronym in brackets inside the phrase.
      const acronym = t.text === '(' && hasCap && next !== undefined && isAcronym(next.text)
      if (acronym && tokens[i + 2]?.text === ')' && tokens[i + 3]?.cap) {
        body.push(t, next, tokens[i + 2] as Token)
        i += 3
        continue
      }
      if (t.text === '&' && hasCap && next && next.cap) {
        body.push(t)
        i++
        continue
      }
      break
    }
    if (t.cap) {
      // A sentence-initial capital that is really a function word ends the phrase ("The", "In").
      const capLower = t.lower
      if (body.length > 0 && (CUT_WORDS.has(capLower) || DEFINITE.has(capLower)) && !isAcronym(t.text)) break
      body.push(t)
      hasCap = true
      if (ORG_WORDS.has(t.key)) orgRun = true
      i++
      continue
    }
    const lower = t.lower
    if (hasCap && NAME_CONNECTORS.has(lower) && next) {
      const after = tokens[i + 2]
      // "of", "for", "and", "on", "the" join only the name of a body (Ministry of Foreign Affairs);
      // particles (bin, al, de, van) join people's names too.
      // "Secretary of State John Kerry", "Minister of Interior X": "of" after a title is part of it.
      // "Minister of State for Interior X" too: each word since the title's head is a capital or "of"/"for".
      const afterTitle =
        (lower === 'of' || lower === 'for' || (lower === 'and' && hasTitleLink(body))) && isTitleRun(body)
      const joinsCap = next.cap && (orgRun || afterTitle || !BODY_CONNECTORS.has(lower))
      const joinsThe = orgRun && next.text === 'the' && after !== undefined && after.cap
      if (joinsCap || joinsThe) {
        body.push(t)
        i++
        continue
      }
    }
    // "why Donald Trump", "until Haley": a lower-case function word is never part of a name.
    // A verb form right after the determiner is a noun when the lists know it ("the report said").
    const nounAfterDet =
      det !== null && body.length === 0 && isListNoun(lower) && speechVerbBase(lower) !== null
    // "state Sen. X", "state Rep. X": a title's modifier in lower case, though "state" is a speech verb too.
    const modifiesTitle = TITLE_MODIFIERS.has(lower) && next?.cap === true && TITLES.has(next.key)
    if ((stops(t) && !nounAfterDet && !modifiesTitle) || STRICT_OPENERS.has(lower) || CLAUSE_WORDS.has(lower))
      break
    // Lower-case words run up to a known head noun ("national intelligence agency", "police source");
    // without one, only a single word opens a phrase ("the crowd"), so a verb is never swallowed.
    // After a head noun a past form is the verb: "the woman rallied supporters" ends at "woman"
    // ("the billionaire business mogul" goes on).
    const last = body[body.length - 1]
    if (last && !last.cap && isListNoun(last.lower) && lower.endsWith('ed')) break
    // "Sharif met traders": a past-tense verb after a name is the sentence's verb, never the phrase's.
    if (last?.cap && isPastVerb(lower)) break
    const head = findHead(tokens, i)
    if (head >= 0) {
      for (; i <= head; i++) body.push(tokens[i] as Token)
      continue
    }
    if (hasCap || body.length > 0) break
    body.push(t)
    i++
  }
  // "New Hampshire Monday": a day or month after a name says when, not who.
  if (body.length > 1 && isCalendarWord((body[body.length - 1] as Token).lower)) {
    body.pop()
    i--
    // …and the "on" that led to it ("the Interior Ministry on Monday").
    while (body.length > 1 && !(body[body.length - 1] as Token).cap) {
      body.pop()
      i--
    }
  }
  while (body.length > 0 && !(body[body.length - 1] as Token).word) body.pop()
  // "according to the recently released …": an adverb alone names no one.
  if (body.length === 0 || (body.length === 1 && isListedAdverb((body[0] as Token).lower))) return null
  return { tokens: tokens.slice(from, i), det, pronoun: null, body }
}

/** Index of a list noun among the next few lower-case words, or -1. */
function findHead(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i < from + 4; i++) {
    const t = tokens[i] as Token
    if (!t.word || t.cap || stops(t)) return -1
    if (isListNoun(t.lower)) {
      // Take the whole compound: "police source", "foreign ministry spokesman", "the chief justice".
      let end = i
      const compound = (t: Token | undefined) =>
        t !== undefined && t.word && !t.cap && (isListNoun(t.lower) || TITLES.has(t.key))
      while (compound(tokens[end + 1])) end++
      return end
    }
  }
  return -1
}

/** The last word of the phrase, lower-cased and without a possessive ("agency", "source"). */
export function headWord(np: NounPhrase): string {
  const last = np.body[np.body.length - 1] ?? np.tokens[0]
  return last ? stripPossessive(last.text).toLowerCase() : ''
}

/**
 * A phrase can name a speaker: a pronoun, a name, a phrase with a determiner, or a bare known noun
 * ("officials", "police") — not a stray word like "recent".
 */
export function canNameSpeaker(np: NounPhrase): boolean {
  if (np.pronoun) return np.pronoun !== 'we'
  const last = np.body[np.body.length - 1]
  if (!last) return false
  // A day, a region or a faith alone is never who spoke ("Saturday at the convention Sen. Warren said").
  if (np.body.length === 1 && GENERIC_PLACE_WORDS.has(last.lower)) return false
  if (np.body.some((t) => t.cap)) return true
  if (np.det) return true
  return isListNoun(headWord(np))
}

/** The phrase as written in the paragraph. */
export function phraseText(text: string, np: NounPhrase): string {
  const first = np.tokens[0]
  const last = np.tokens[np.tokens.length - 1]
  return first && last ? text.slice(first.start, last.end) : ''
}

// Words that say which unnamed person is meant: "a spokesman for the ministry", "a source familiar with the
// talks", "an official in the Interior Ministry". "in", "at" and "from" only before a name ("a source in
// Kabul"), so "a spokesman in a statement" stays "a spokesman".
const QUALIFYING = new Set(['for', 'of'])
const QUALIFYING_BEFORE_NAME = new Set(['in', 'at', 'from'])
const QUALIFYING_PAIRS = new Set([
  'familiar with',
  'close to',
  'privy to',
  'aware of',
  'involved in',
  'knowledgeable about',
  'briefed on',
  'with knowledge of',
  'with ties to',
  'with direct knowledge of',
])
const MAX_QUALIFIER_WORDS = 8
// Prepositions a qualifier may hold ("a strategist for one of these candidates").
const INSIDE_QUALIFIER = new Set(['of', 'for', 'in', 'at', 'from', 'to'])

/**
 * Where the words that say which unnamed person is meant end, after a phrase ending at `end` ("a source"
 * + " familiar with the talks"), or `end` when none follow. They stop at a comma, a clause, a speech verb
 * or a time; a longer run is not read as one.
 */
export function qualifierEnd(text: string, end: number): number {
  const tokens = tokenize(text, end, Math.min(text.length, end + 200), 16)
  let i = 0
  const first = tokens[0]
  if (!first?.word) return end
  const pair = [1, 2, 3].find((n) =>
    QUALIFYING_PAIRS.has(
      tokens
        .slice(0, n + 1)
        .map((t) => t.lower)
        .join(' '),
    ),
  )
  if (pair !== undefined) i = pair + 1
  else if (QUALIFYING.has(first.lower)) i = 1
  else if (QUALIFYING_BEFORE_NAME.has(first.lower)) {
    const next = tokens[1]?.lower === 'the' ? tokens[2] : tokens[1]
    if (!next?.cap) return end
    i = 1
  } else return end
  let last = -1
  let words = 0
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (!t.word) {
      if (
        t.text === '&' ||
        (t.text === '.' && last === i - 1 && ABBREVIATIONS.has((tokens[i - 1] as Token).key))
      )
        continue
      break
    }
    const lower = t.lower
    const opener = STRICT_OPENERS.has(lower) && !INSIDE_QUALIFIER.has(lower)
    if (opener || CLAUSE_WORDS.has(lower) || lower === 'that' || isCalendarWord(lower)) break
    const verbLike = speechVerbBase(lower) !== null || lower.endsWith('ing') || lower.endsWith('ed')
    if (!t.cap && (verbLike || lower === 'and' || AUXILIARIES.has(lower))) break
    if (++words > MAX_QUALIFIER_WORDS) return end
    last = i
  }
  // "a spokesman for the" is no qualifier: it must end on a word of its own.
  while (last >= 0 && FUNCTION_WORDS.has((tokens[last] as Token).lower)) last--
  return last >= 0 && words > 0 ? (tokens[last] as Token).end : end
}
