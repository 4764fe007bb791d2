import { codeSize, isApostrophe, isAsciiLetterOrDigit, isLetterOrNumber } from '../words/chars.ts'
import { isWordToken, paragraphTokens, type Token } from '../words/tokens.ts'

// ‘ as well as ' and ’: a term reads through it.
const isTermApostrophe = (c: number) => isApostrophe(c) || c === 0x2018
// `\b` without the u flag: an ASCII word character.
const isAsciiWord = (c: number) => isAsciiLetterOrDigit(c) || c === 95

/**
 * Splits text into lower-case terms with plurals folded, so that cue phrases and article text meet
 * in one form: "Protests" and "protest", "countries" and "country", "taxes" and "tax".
 * Hyphens and apostrophes split or vanish the same way on both sides ("counter-terrorism" →
 * "counter terrorism", "Qur'an" → "quran", "women's" → "women").
 *
 * Terms are read from the text's word tokens (words/tokens.ts): a term is a run of letters and digits
 * of a token's lower case; apostrophes vanish, joining what stands around them, and so does a
 * possessive "'s" before anything but an ASCII word character; anything else (a space, punctuation,
 * a dot, hyphen, slash or ampersand inside a token, a combining mark) ends a term.
 */
export function toTerms(text: string): string[] {
  const tokens = paragraphTokens(text)
  const terms: string[] = []
  // The term being read, which may run on across apostrophes into the next token.
  let term = ''
  let previousEnd = 0
  // How much of the next token a lone apostrophe's possessive "'s" takes (0 or 1).
  let skip = 0
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (token.start !== previousEnd && term !== '') {
      terms.push(foldPlural(term))
      term = ''
    }
    previousEnd = token.end
    if (isWordToken(token)) {
      // Most words: ASCII letters and digits, their lower case one run.
      if (token.plain) term += skip === 0 ? token.lower : token.lower.slice(skip)
      else term = readWord(text, token, skip, term, terms)
      skip = 0
    } else if (isTermApostrophe(token.text.charCodeAt(0))) {
      const next = tokens[t + 1]
      if (next !== undefined && next.start === token.end && isWordToken(next) && isPossessiveS(text, next, 0))
        skip = 1
    } else if (term !== '') {
      terms.push(foldPlural(term))
      term = ''
    }
  }
  if (term !== '') terms.push(foldPlural(term))
  return terms
}

/** An "s" at `at` in a word token's lower case that ends a possessive: no ASCII word character follows. */
function isPossessiveS(text: string, token: Token, at: number): boolean {
  const { lower } = token
  if (lower.charCodeAt(at) !== 115) return false
  return !isAsciiWord(at + 1 < lower.length ? lower.charCodeAt(at + 1) : text.charCodeAt(token.end))
}

/**
 * Reads a word token that holds joiners, marks or other scripts, from `from` on, into `terms`; `term`
 * is the term read so far. Returns the term left open at the token's end.
 */
function readWord(text: string, token: Token, from: number, term: string, terms: string[]): string {
  const { lower } = token
  const n = lower.length
  let run = -1
  for (let i = from; i < n;) {
    const c = lower.codePointAt(i) as number
    if (isTermApostrophe(c)) {
      if (run >= 0) term += lower.slice(run, i)
      run = -1
      i += isPossessiveS(text, token, i + 1) ? 2 : 1
    } else if (isLetterOrNumber(c)) {
      if (run < 0) run = i
      i += codeSize(c)
    } else {
      if (run >= 0) term += lower.slice(run, i)
      if (term !== '') terms.push(foldPlural(term))
      term = ''
      run = -1
      i += codeSize(c)
    }
  }
  if (run >= 0) term += lower.slice(run, n)
  return term
}

/**
 * Light plural folding (no full stemmer: verb and adjective forms are listed as cues on purpose, so a
 * cue never matches a word it was not written for).
 */
export function foldPlural(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y'
  if (
    word.endsWith('xes') ||
    word.endsWith('ches') ||
    word.endsWith('shes') ||
    word.endsWith('sses') ||
    word.endsWith('zes')
  )
    return word.slice(0, -2)
  return word.slice(0, -1)
}
