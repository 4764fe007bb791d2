import { ABBREVIATIONS } from '../lexicon/word-lists.ts'
import { codeSize, isAsciiLetterOrDigit, isLetterOrNumber, isUpperCode, isWordChar } from '../words/chars.ts'

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

/** Past the "X" of a name's first letter ("X…") or Arabic article ("al-X…") at `at`, or -1. */
function nameStart(text: string, at: number, c: number): number {
  if (isUpperCode(c)) return at + codeSize(c)
  // Every prefix is two or three letters long: without a hyphen there, none can match.
  if (text.charCodeAt(at + 2) !== 45 && text.charCodeAt(at + 3) !== 45) return -1
  for (const prefix of ARABIC_PREFIXES) {
    const k = at + prefix.length
    if (!text.startsWith(prefix, at) || text.charCodeAt(k) !== 45) continue
    const next = text.codePointAt(k + 1)
    if (next !== undefined && isUpperCode(next)) return k + 1 + codeSize(next)
  }
  return -1
}

/**
 * The end of the capitalised word (or Arabic name written "al-Assad") starting at `at`, or -1: the only
 * words that can start or carry a name; finding just these keeps the scan cheap. As a pattern:
 * (?<![\p{L}\p{N}'’])(?:\p{Lu}|(?:al|el|…|ibn)-\p{Lu})[\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?
 */
function nameWordEnd(text: string, at: number, c: number): number {
  let i = nameStart(text, at, c)
  if (i < 0 || continuesWord(codePointBefore(text, at))) return -1
  const n = text.length
  for (;;) {
    while (i < n) {
      const d = text.codePointAt(i) as number
      if (!isWordChar(d)) break
      i += codeSize(d)
    }
    const joiner = text.charCodeAt(i)
    const joins = joiner === 45 || joiner === 39 || joiner === 0x2019 || joiner === 46 || joiner === 38
    if (!joins || i + 1 >= n || !isWordChar(text.codePointAt(i + 1) as number)) break
    i++
  }
  return text.charCodeAt(i) === 46 ? i + 1 : i
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
export function toNameTokens(segment: string): NameToken[] {
  const tokens: NameToken[] = []
  const n = segment.length
  for (let at = 0; at < n;) {
    const c = segment.codePointAt(at) as number
    // Only a capital or the "a", "e", "u", "b", "i" of an Arabic article can open a name word.
    const ascii = c < 128
    const end =
      ascii && !(c >= 65 && c <= 90) && c !== 97 && c !== 101 && c !== 117 && c !== 98 && c !== 105
        ? -1
        : nameWordEnd(segment, at, c)
    if (end < 0) {
      at += codeSize(c)
      // A name never starts right after a letter or digit: skip the rest of this word at once.
      if (isAsciiLetterOrDigit(c)) while (at < n && isAsciiLetterOrDigit(segment.charCodeAt(at))) at++
      continue
    }
    const start = at
    at = end
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
