import { isLetter, isLetterOrNumber } from './words/chars.ts'

const STOPWORDS = new Set(
  'the a an and or but of in on at to for from by with as is are was were be been has have had that this these those its it their his her they he she we you not no will would can could should may after over about into than then also said says'.split(
    ' ',
  ),
)

const APOSTROPHE = 39
const CURLY_APOSTROPHE = 0x2019

/** True when the three code points before `end` (not before `start`) are letters: `(?<=\p{L}{3})`. */
function threeLettersBefore(word: string, start: number, end: number): boolean {
  let k = end
  for (let n = 0; n < 3; n++) {
    if (k <= start) return false
    const code = word.codePointAt(k - 1) as number
    // A low surrogate: the letter is the pair ending here.
    const pair = code >= 0xdc00 && code <= 0xdfff && k - 2 >= start ? (word.codePointAt(k - 2) as number) : -1
    const cp = pair > 0xffff ? pair : code
    if (!isLetter(cp)) return false
    k -= cp > 0xffff ? 2 : 1
  }
  return true
}

/** Content words of a text, lower-cased, with a plural or possessive ending taken off. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>()
  forEachWord(text.toLowerCase(), (word) => {
    if (word.length > 2 && !STOPWORDS.has(word)) words.add(word)
  })
  return words
}

/**
 * Calls `visit` with each word (`\p{L}[\p{L}\p{N}'’-]*`) of lower-cased text, without a possessive
 * ending (`['’]s?$`) and then a plural "s" after three letters. A char-code loop: this runs on every body.
 */
function forEachWord(lower: string, visit: (word: string) => void): void {
  const n = lower.length
  let i = 0
  while (i < n) {
    const cp = lower.codePointAt(i) as number
    const size = cp > 0xffff ? 2 : 1
    if (!isLetter(cp)) {
      i += size
      continue
    }
    const start = i
    i += size
    while (i < n) {
      const c = lower.codePointAt(i) as number
      if (c === APOSTROPHE || c === CURLY_APOSTROPHE || c === 45) i++
      else if (isLetterOrNumber(c)) i += c > 0xffff ? 2 : 1
      else break
    }
    let end = i
    const last = lower.charCodeAt(end - 1)
    if (last === APOSTROPHE || last === CURLY_APOSTROPHE) end--
    else if (last === 115 && end - start >= 2) {
      const before = lower.charCodeAt(end - 2)
      if (before === APOSTROPHE || before === CURLY_APOSTROPHE) end -= 2
    }
    if (lower.charCodeAt(end - 1) === 115 && threeLettersBefore(lower, start, end - 1)) end--
    visit(lower.slice(start, end))
  }
}

/** The share of the headline block's content words that the body also uses: 0 (nothing in common) to 1. */
export function similarity(head: string, body: string): number {
  const headWords = contentWords(head)
  if (headWords.size === 0) return 0
  // Only the head's words matter in the body: no need to collect the body's own set.
  const seen = new Set<string>()
  forEachWord(body.toLowerCase(), (word) => {
    if (headWords.has(word)) seen.add(word)
  })
  return seen.size / headWords.size
}
