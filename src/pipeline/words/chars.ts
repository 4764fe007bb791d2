/**
 * Character classes for the pipeline's word scans: one home for what counts as a letter, a digit, a
 * space or an apostrophe. Unicode classes of code points are worked out on first sight (a regex test per
 * new character, the answer kept in a table that is a pure function of the code point), so that scans
 * can be plain loops over char codes.
 */
export const LETTER = 1
export const NUMBER = 2
export const MARK = 4
export const UPPER = 8
export const LOWER = 16
const KNOWN = 128
const classes = new Uint8Array(0x110000)
const TESTS: [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{N}$/u, NUMBER],
  [/^\p{M}$/u, MARK],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
]

/** The Unicode classes of a code point as bits: LETTER (\p{L}), NUMBER, MARK, UPPER (\p{Lu}), LOWER. */
export function charClass(code: number): number {
  let c = classes[code] as number
  if (c === 0) {
    const ch = String.fromCodePoint(code)
    c = KNOWN
    for (const [test, bit] of TESTS) if (test.test(ch)) c |= bit
    classes[code] = c
  }
  return c
}

/** An ASCII letter or digit. */
export const isAsciiLetterOrDigit = (c: number): boolean =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)

/** \p{L} for a code point. */
export const isLetter = (code: number): boolean =>
  code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : (charClass(code) & LETTER) !== 0

/** [\p{L}\p{N}] for a code point. */
export const isLetterOrNumber = (c: number): boolean =>
  c < 128 ? isAsciiLetterOrDigit(c) : (charClass(c) & (LETTER | NUMBER)) !== 0

/** [\p{L}\p{M}\p{N}] for a code point: the inside of a word that may carry combining marks. */
export const isWordChar = (c: number): boolean =>
  c < 128 ? isAsciiLetterOrDigit(c) : (charClass(c) & (LETTER | MARK | NUMBER)) !== 0

/** [\p{L}\p{M}] for a code point. */
export const isLetterOrMark = (c: number): boolean =>
  c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : (charClass(c) & (LETTER | MARK)) !== 0

/** \p{Lu} for a code point. */
export const isUpperCode = (c: number): boolean =>
  c < 128 ? c >= 65 && c <= 90 : (charClass(c) & UPPER) !== 0

/** ' or ’. */
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019

/** What joins the letters of one word token (words/tokens.ts): ' ’ . - & / ("Pakistan's", "U.S", "PM/FM"). */
export const isJoiner = (c: number): boolean =>
  c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38 || c === 47

/** `\s` of JavaScript regular expressions. */
export const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 128 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff))

/** How many UTF-16 units a code point takes. */
export const codeSize = (c: number): number => (c > 0xffff ? 2 : 1)
