import { ABBREVIATIONS } from '../lexicon/word-lists.ts'

const CLOSING = '"”’\')]»'
// Built once: a literal inside a function is a new RegExp object on every call.
const SPACE = /\s/
const OPENER = /[\p{Lu}\p{N}"“‘'«([]/u
const WORD_OR_DOT = /[\p{L}.]/u
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u
const GIVEN_BEFORE = /\p{Lu}\p{Ll}+ $/u

/** True when the `.`, `!` or `?` at `i` ends a sentence (not "Mr." or "U.S."), judged by what follows. */
function endsSentenceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  // . ! ? …
  if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) return false
  const ch = text[i]
  let j = i + 1
  while (j < text.length && CLOSING.includes(text[j] as string)) j++
  if (j < text.length && !SPACE.test(text[j] as string)) return false
  while (j < text.length && SPACE.test(text[j] as string)) j++
  if (j < text.length && !OPENER.test(text[j] as string)) return false
  if (ch !== '.') return true
  let w = i
  // Bounded look-back: abbreviations are short, and a long run must not make the scan quadratic.
  while (w > 0 && i - w < 12 && WORD_OR_DOT.test(text[w - 1] as string)) w--
  const word = text.slice(w, i).toLowerCase()
  // A lone capital ("J. Smith") or a known abbreviation does not end a sentence, nor initials after a
  // given name ("George H.W. Bush").
  if (word.length === 1 || ABBREVIATIONS.has(word)) return false
  return !(INITIALS.test(word) && GIVEN_BEFORE.test(text.slice(Math.max(0, w - 30), w)))
}

/** Where the sentence holding `pos` starts, looking back no further than `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (endsSentenceAt(text, i)) {
      let j = i + 1
      // Marks right after the stop close the sentence before; the next one starts after the space.
      while (j < pos && CLOSING.includes(text[j] as string)) j++
      while (j < pos && SPACE.test(text[j] as string)) j++
      return j
    }
  }
  return floor
}

/** Index just past the punctuation that ends the sentence holding `pos`, at most `ceil`. */
export function sentenceEnd(text: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) {
    if (endsSentenceAt(text, i)) return i + 1
  }
  return ceil
}

/** Splits a paragraph into sentence ranges [start, end). */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (!endsSentenceAt(text, i)) continue
    out.push([start, i + 1])
    start = i + 1
  }
  if (text.slice(start).trim()) out.push([start, text.length])
  return out
}
