import { abbreviations } from './title-words.ts'

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

/** An all-capitals word of two to six letters ("NATO", "ACSSR"). */
export function isAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word) || (/[^ -~\s]/.test(word) && /^\p{Lu}{2,6}$/u.test(word))
}

/** An acronym or its plural ("MPs", "NGOs"): never a word of a person's name. */
export function isAcronymLike(word: string): boolean {
  return isAcronym(word) || /^[A-Z]{2,6}s$/.test(word)
}

/**
 * Capitalised words (and Arabic names written "al-Assad"), the only words that can start or carry a
 * name; finding just these keeps the scan cheap. A shouted all-caps word longer than an acronym is skipped.
 */
const NAME_WORD =
  /(?<![\p{L}\p{N}'’])(?:\p{Lu}|(?:al|el|ad|as|ash|at|az|ul|ur|ud|bin|ibn)-\p{Lu})[\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?/gu

function isInitialOrAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || word.includes('.') || abbreviations.has(word.toLowerCase())
}

/** Whether the word starting at `start` opens a sentence, a quotation or the segment. */
function opensSentence(segment: string, start: number): { gap: string; fresh: boolean } {
  let k = start - 1
  while (k >= 0 && !/[\p{L}\p{N}]/u.test(segment[k] as string)) k--
  const gap = segment.slice(k + 1, start)
  if (k < 0 || /[!?:;]/.test(gap) || /(^|\s)["“‘']/.test(gap)) return { gap, fresh: true }
  if (!gap.includes('.')) return { gap, fresh: false }
  let w = k
  while (w >= 0 && /[\p{L}\p{N}.]/u.test(segment[w] as string)) w--
  return { gap, fresh: !isInitialOrAbbreviation(segment.slice(w + 1, k + 1)) }
}

function isShouted(word: string): boolean {
  return word.length > 6 && !/\p{Ll}/u.test(word) && !/\d/.test(word)
}

/**
 * The capitalised words of one segment (a headline, a summary line or a paragraph), each knowing
 * whether it opens a sentence and whether a name may run on past it.
 */
export function toNameTokens(segment: string): NameToken[] {
  const tokens: NameToken[] = []
  NAME_WORD.lastIndex = 0
  for (let match = NAME_WORD.exec(segment); match; match = NAME_WORD.exec(segment)) {
    const start = match.index
    let raw = match[0]
    const end = start + raw.length
    let endsSentence = false
    if (raw.endsWith('.')) {
      raw = raw.slice(0, -1)
      endsSentence = !isInitialOrAbbreviation(raw)
    }
    const closesName = raw.length > 2 && /['’][sS]$/.test(raw)
    if (closesName) raw = raw.slice(0, -2)
    if (isShouted(raw)) continue
    // Dotted acronyms ("U.S.", "U.N.") are written without dots from here on.
    const text = raw.includes('.') && /^(\p{Lu}\.)+\p{Lu}$/u.test(raw) ? raw.replace(/\./g, '') : raw
    const { gap, fresh } = opensSentence(segment, start)
    const lower = text.toLowerCase()
    tokens.push({ text, lower, name: true, start, end, gap, sentenceStart: fresh, closesName, endsSentence })
  }
  return tokens
}

/** The small words between two capitalised tokens, when only single spaces separate them ("of the"). */
export function smallWordsBetween(segment: string, from: number, to: number): NameToken[] | null {
  // Cheap checks first: this runs for every pair of nearby capitalised words.
  if (segment[from] !== ' ' || segment[to - 1] !== ' ') return null
  const between = segment.slice(from, to)
  if (!/^ (?:[a-z&]+ ){1,2}$/.test(between)) return null
  const words: NameToken[] = []
  let at = from + 1
  for (const text of between.trim().split(/[ \u00a0]/)) {
    const token = { text, lower: text, name: false, start: at, end: at + text.length, gap: ' ' }
    words.push({ ...token, sentenceStart: false, closesName: false, endsSentence: false })
    at += text.length + 1
  }
  return words
}
