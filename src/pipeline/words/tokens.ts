import { codeSize, isAsciiLetterOrDigit, isJoiner, isLetterOrNumber, isSpace, isWordChar } from './chars.ts'

/** A word or a single punctuation character, with its offsets in the paragraph. */
export type Token = {
  text: string
  start: number
  end: number
  word: boolean
  lower: string
  /** Lower-cased, without a possessive ending or dots: the key for word lists ("gen", "union", "us"). */
  key: string
  /** Starts with a capital letter. */
  cap: boolean
  /**
   * A word of ASCII letters and digits only (no joiner, mark or other script): most words, which a
   * stage may read as they stand instead of looking inside them.
   */
  plain: boolean
}

/**
 * The end of the word at `at` (a letter or digit, then letters, digits and combining marks, `at`
 * included), or `at` when none starts there. Negative (minus the end) when the word is not plain: it
 * holds a joiner or a character outside ASCII.
 */
function wordEnd(text: string, at: number): number {
  const n = text.length
  let i = at
  let plain = true
  for (;;) {
    const from = i
    while (i < n) {
      const u = text.charCodeAt(i)
      if (u < 128) {
        if (!isAsciiLetterOrDigit(u)) break
        i++
        continue
      }
      const c = text.codePointAt(i) as number
      if (!isWordChar(c)) break
      plain = false
      i += codeSize(c)
    }
    if (i === from) return from === at ? at : plain ? from - 1 : 1 - from
    // A word joins letters and digits across inner apostrophes, dots, hyphens, slashes and ampersands
    // (Pakistan's, U.S, Al-Shabab, PM/FM); a joiner not followed by a letter, digit or mark ends it.
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.codePointAt(i + 1) as number)) {
      plain = false
      i++
    } else return plain ? i : -i
  }
}

// Every window of a paragraph (lead, tail, sentence) is cut from one tokenization of it, kept while one
// text is read (see `readingOnce`); nothing is kept between calls.
let reading: Map<string, Token[]> | null = null

/**
 * Runs `read` with each paragraph tokenized at most once, however many windows of it `tokenize` and
 * `paragraphTokens` cut and however many stages read it; the tokens are dropped when the outermost
 * `readingOnce` returns (an inner one reads the same tokens).
 */
export function readingOnce<T>(read: () => T): T {
  if (reading !== null) return read()
  reading = new Map()
  try {
    return read()
  } finally {
    reading = null
  }
}

function tokensOf(text: string): Token[] {
  if (reading === null) return tokenizeAll(text)
  let tokens = reading.get(text)
  if (tokens === undefined) {
    tokens = tokenizeAll(text)
    reading.set(text, tokens)
  }
  return tokens
}

function tokenizeAll(text: string): Token[] {
  const tokens: Token[] = []
  // A char-code loop: words (see wordEnd), else any single non-space character.
  const n = text.length
  for (let i = 0; i < n;) {
    const c = text.codePointAt(i) as number
    if (isLetterOrNumber(c)) {
      const signed = wordEnd(text, i)
      const end = signed < 0 ? -signed : signed
      tokens.push(makeToken(text.slice(i, end), i, signed > 0))
      i = end
    } else if (isSpace(c)) i++
    else {
      // Punctuation: one character; in ASCII its own lower case and key (a dot's key is empty).
      const mark = c > 0xffff ? text.slice(i, i + 2) : (text[i] as string)
      const lower = c < 128 ? mark : mark.toLowerCase()
      tokens.push({
        text: mark,
        start: i,
        end: i + mark.length,
        word: false,
        lower,
        key: c === 46 ? '' : lower,
        cap: false,
        plain: false,
      })
      i += mark.length
    }
  }
  return tokens
}

/**
 * A word token, including one that starts with a letter or digit beyond the Basic Multilingual Plane
 * ("𝐀"), whose `word` is false: such a token is a word's letters all the same.
 */
export const isWordToken = (token: Token): boolean =>
  token.word || (token.text.length > 1 && isLetterOrNumber(token.text.codePointAt(0) as number))

/** All tokens of a paragraph, shared with later calls: read them, never change them. */
export function paragraphTokens(text: string): readonly Token[] {
  return tokensOf(text)
}

/** Splits `text.slice(from, to)` into tokens with offsets into `text`, at most `max` of them. */
export function tokenize(text: string, from = 0, to = text.length, max = Infinity): Token[] {
  const all = tokensOf(text)
  let lo = 0
  let hi = all.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((all[mid] as Token).end <= from) lo = mid + 1
    else hi = mid
  }
  let end = lo
  const stop = Math.min(all.length, lo + max)
  while (end < stop && (all[end] as Token).start < to) end++
  // Windows mostly fall on token edges: copy the run, then cut only a word running over an edge.
  const out = all.slice(lo, end)
  const last = out.length - 1
  if (last < 0) return out
  const head = out[0] as Token
  if (head.start < from || head.end > to)
    out[0] = cut(text, Math.max(head.start, from), Math.min(head.end, to))
  const tail = out[last] as Token
  if (last > 0 && (tail.start < from || tail.end > to))
    out[last] = cut(text, Math.max(tail.start, from), Math.min(tail.end, to))
  return out
}

function cut(text: string, start: number, end: number): Token {
  const part = text.slice(start, end)
  let plain = part.length > 0
  for (let k = 0; plain && k < part.length; k++) plain = isAsciiLetterOrDigit(part.charCodeAt(k))
  return makeToken(part, start, plain)
}

function makeToken(text: string, start: number, plain: boolean): Token {
  const lower = text.toLowerCase()
  const bare = isPossessive(lower) ? lower.slice(0, -2) : lower
  return {
    text,
    start,
    end: start + text.length,
    word: text.length > 0 && isLetterOrNumber(text.charCodeAt(0)),
    lower,
    key: bare.includes('.') ? bare.replace(/\./g, '') : bare,
    cap: isCapitalized(text) || (text.length > 3 && text.includes('-') && PARTICLE_NAME.test(text)),
    plain,
  }
}

// "al-Harthy", "bin-Zayed", "el-Sisi": a name whose particle is written lower-case is still a name.
const PARTICLE_NAME = /^(?:al|el|ul|ud|ad|ar|as|ash|at|az|bin|ibn|abu|bint)-\p{Lu}/u

/** True when a word starts with a capital letter (names, acronyms, sentence openings). */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return /^\p{Lu}/u.test(word)
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d.&]{1,6}|\p{Lu}\.\p{Lu})$/u

/** True for an all-capital acronym of 2–7 letters ("FIA", "UNICEF", "U.S"). */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 7 && isCapitalized(word) && ACRONYM.test(word)
}

/** True for "Union’s", "Pakistan's". */
export function isPossessive(word: string): boolean {
  const n = word.length
  if (n < 3) return false
  const s = word.charCodeAt(n - 1)
  const mark = word[n - 2]
  return (s === 115 || s === 83) && (mark === "'" || mark === '’')
}

/** Drops a possessive ending: "Union’s" → "Union", "students'" stays. */
export function stripPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word
}

/** Whether a line break stands in `text` between `from` and `to`: a name never runs over one. */
export function isLineBreakBetween(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from)
  return at >= 0 && at < to
}
