import { ABBREVIATIONS } from '../lexicon/word-lists.ts'
import { isLetterOrNumber, isUpperCode } from '../words/chars.ts'
import { paragraphTokens, type Token } from '../words/tokens.ts'

export type NameToken = {
  /** The word without a trailing abbreviation dot or possessive "’s"; "U.S." becomes "US". */
  text: string
  lower: string
  /** Capitalised (or "al-Assad"-like); false for the small words joining a name ("of", "bin"). */
  name: boolean
  start: number
  end: number
  /** Text between the previous word of the segment and this one. */
  gap: string
  /** First word of a sentence, a quotation or a segment: its capital letter says nothing. */
  sentenceStart: boolean
  /** "Union’s", "Hamas-run": a name ends here even if a capitalised word follows. */
  closesName: boolean
  /** The token closes a sentence ("… said Khan."): a name cannot run on. */
  endsSentence: boolean
}

/** An all-capitals word of two to six letters ("NATO", "PIPS"). */
export function isAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word) || (/[^ -~\s]/.test(word) && /^\p{Lu}{2,6}$/u.test(word))
}

/** An acronym or its plural ("MPs", "NGOs"): never a word of a person's name. */
export function isAcronymLike(word: string): boolean {
  return isAcronym(word) || /^[A-Z]{2,6}s$/.test(word)
}

// Before a name: not a letter, digit or apostrophe.
const continuesWord = (c: number): boolean => c === 39 || c === 0x2019 || isLetterOrNumber(c)
const ARABIC_PREFIXES = ['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ul', 'ur', 'ud', 'bin', 'ibn']

/** The code point ending just before `at`, or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1
  const low = text.charCodeAt(at - 1)
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2) as number
  }
  return low
}

/** Whether a name word starts at `at`: a capital ("X…") or an Arabic article before one ("al-X…"). */
function startsName(text: string, at: number): boolean {
  const c = text.codePointAt(at) as number
  if (isUpperCode(c)) return !continuesWord(codePointBefore(text, at))
  // Only the "a", "e", "u", "b", "i" of an article; every article is two or three letters before a hyphen.
  if (c !== 97 && c !== 101 && c !== 117 && c !== 98 && c !== 105) return false
  if (text.charCodeAt(at + 2) !== 45 && text.charCodeAt(at + 3) !== 45) return false
  for (const prefix of ARABIC_PREFIXES) {
    const k = at + prefix.length
    if (!text.startsWith(prefix, at) || text.charCodeAt(k) !== 45) continue
    const next = text.codePointAt(k + 1)
    if (next !== undefined && isUpperCode(next)) return !continuesWord(codePointBefore(text, at))
  }
  return false
}

/** A joiner but an apostrophe: a name word may start right after one inside a word. */
const opensPart = (c: number): boolean => c === 45 || c === 46 || c === 38

/**
 * The name words inside one word token, as [start, end) pairs pushed on `out`: a name word is the rest of
 * the token from a capital (or "al-X") at its start or after an inner hyphen, dot or ampersand
 * ("pro-Khan" → "Khan"), up to a slash ("PM/FM" → "PM", "FM"), with a dot written right after it.
 */
function nameWordsIn(text: string, word: Token, out: number[]): void {
  // One pass over the token: `found` is where the current slash-free part's name word starts, if any.
  let found = -1
  let candidate = true
  for (let i = word.start; i <= word.end; i++) {
    const c = i < word.end ? text.charCodeAt(i) : -1
    if (c === -1 || c === 47) {
      if (found >= 0) out.push(found, c === -1 && text.charCodeAt(i) === 46 ? i + 1 : i)
      found = -1
      candidate = true
      continue
    }
    if (found < 0 && candidate && startsName(text, i)) found = i
    candidate = opensPart(c)
  }
}

// Patterns used for every capitalised word, built once (a literal in a function is a new object per call).
const SINGLE_CAPITAL = /^\p{Lu}$/u
const CLAUSE_STOP = /[!?:;]/
const QUOTE_OPENS = /(^|\s)["“‘']/
const LOWER = /\p{Ll}/u
const DIGIT = /\d/
const POSSESSIVE = /['’][sS]$/
const DOTTED_ACRONYM = /^(\p{Lu}\.)+\p{Lu}$/u

function isInitialOrAbbreviation(word: string): boolean {
  return SINGLE_CAPITAL.test(word) || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase())
}

/** Whether the word starting at `start` opens a sentence, a quotation or the segment. */
function opensSentence(segment: string, start: number): { gap: string; fresh: boolean } {
  let k = start - 1
  while (k >= 0 && !isLetterOrNumber(segment.charCodeAt(k))) k--
  const gap = segment.slice(k + 1, start)
  if (k < 0 || CLAUSE_STOP.test(gap) || QUOTE_OPENS.test(gap)) return { gap, fresh: true }
  if (!gap.includes('.')) return { gap, fresh: false }
  let w = k
  while (w >= 0 && (segment.charCodeAt(w) === 46 || isLetterOrNumber(segment.charCodeAt(w)))) w--
  return { gap, fresh: !isInitialOrAbbreviation(segment.slice(w + 1, k + 1)) }
}

function isShouted(word: string): boolean {
  return word.length > 6 && !LOWER.test(word) && !DIGIT.test(word)
}

/**
 * The capitalised words of one segment (a headline, a summary line or a paragraph), each knowing
 * whether it opens a sentence and whether a name may run on past it.
 */
export function toNameTokens(
  segment: string,
  words: readonly Token[] = paragraphTokens(segment),
): NameToken[] {
  const tokens: NameToken[] = []
  const spans: number[] = []
  for (const word of words) if (word.word) nameWordsIn(segment, word, spans)
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number
    const end = spans[k + 1] as number
    let raw = segment.slice(start, end)
    let endsSentence = false
    if (raw.endsWith('.')) {
      raw = raw.slice(0, -1)
      endsSentence = !isInitialOrAbbreviation(raw)
    }
    const closesName = raw.length > 2 && POSSESSIVE.test(raw)
    if (closesName) raw = raw.slice(0, -2)
    if (isShouted(raw)) continue
    // Dotted acronyms ("U.S.", "U.N.") are written without dots from here on.
    const text = raw.includes('.') && DOTTED_ACRONYM.test(raw) ? raw.replace(/\./g, '') : raw
    const { gap, fresh } = opensSentence(segment, start)
    const lower = text.toLowerCase()
    tokens.push({ text, lower, name: true, start, end, gap, sentenceStart: fresh, closesName, endsSentence })
  }
  return tokens
}

/** `/^ (?:[a-z&]+ ){1,2}$/` on segment.slice(from, to), without making the slice. */
function oneOrTwoSmallWords(segment: string, from: number, to: number): boolean {
  if (segment.charCodeAt(from) !== 32) return false
  let words = 0
  let i = from + 1
  while (i < to) {
    const start = i
    for (let c = segment.charCodeAt(i); (c >= 97 && c <= 122) || c === 38; c = segment.charCodeAt(++i));
    if (i === start || i >= to || segment.charCodeAt(i) !== 32) return false
    i++
    if (++words > 2) return false
  }
  return words > 0
}

/** The small words between two capitalised tokens, when only single spaces separate them ("of the"). */
export function smallWordsBetween(segment: string, from: number, to: number): NameToken[] | null {
  // Cheap checks first: this runs for every pair of nearby capitalised words.
  if (segment.charCodeAt(from) !== 32 || segment.charCodeAt(to - 1) !== 32) return null
  if (!oneOrTwoSmallWords(segment, from, to)) return null
  // The shape is known now (single spaces around lower-case words): cut the words without a split.
  const words: NameToken[] = []
  for (let at = from + 1; at < to;) {
    const end = segment.indexOf(' ', at)
    const text = segment.slice(at, end)
    words.push({
      text,
      lower: text,
      name: false,
      start: at,
      end,
      gap: ' ',
      sentenceStart: false,
      closesName: false,
      endsSentence: false,
    })
    at = end + 1
  }
  return words
}
