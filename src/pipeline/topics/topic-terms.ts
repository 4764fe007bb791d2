import { isLetterOrNumber } from '../words/chars.ts'

const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2018
// `\b` without the u flag: an ASCII word character.
const isAsciiWord = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
const isTermChar = isLetterOrNumber

/**
 * Splits text into lower-case terms with plurals folded, so that cue phrases and article text meet
 * in one form: "Protests" and "protest", "countries" and "country", "taxes" and "tax".
 * Hyphens and apostrophes split or vanish the same way on both sides ("counter-terrorism" →
 * "counter terrorism", "Qur'an" → "quran", "women's" → "women").
 */
export function toTerms(text: string): string[] {
  // One pass over char codes: a possessive "'s" (before a non-word character) and other apostrophes
  // are dropped, joining what stands around them; runs of letters and digits are the terms.
  const lower = text.toLowerCase()
  const n = lower.length
  const terms: string[] = []
  let word = ''
  let from = -1
  let i = 0
  while (i < n) {
    const c = lower.codePointAt(i) as number
    if (isApostrophe(c)) {
      if (from >= 0) word += lower.slice(from, i)
      from = -1
      i += lower.charCodeAt(i + 1) === 115 && !isAsciiWord(lower.charCodeAt(i + 2)) ? 2 : 1
    } else if (isTermChar(c)) {
      if (from < 0) from = i
      i += c > 0xffff ? 2 : 1
    } else {
      if (from >= 0) word += lower.slice(from, i)
      if (word !== '') terms.push(foldPlural(word))
      word = ''
      from = -1
      i += c > 0xffff ? 2 : 1
    }
  }
  if (from >= 0) word += lower.slice(from, n)
  if (word !== '') terms.push(foldPlural(word))
  return terms
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
