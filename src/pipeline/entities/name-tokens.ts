import { abbreviations } from './title-words.ts'

export type NameToken = {
  /** The word without a trailing abbreviation dot or possessive "’s"; "U.S." becomes "US". */
  text: string
  start: number
  end: number
  /** Text between the previous token and this one. */
  gap: string
  /** First word of a sentence, a quotation or a segment: its capital letter says nothing. */
  sentenceStart: boolean
  /** "Union’s": a name ends here even if a capitalised word follows. */
  possessive: boolean
  /** The token closes a sentence ("… said Khan."): a name cannot run on. */
  endsSentence: boolean
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?/gu

/** Opening quotes and sentence punctuation after which the next word starts afresh. */
const FRESH_START = /[.!?:;]|(^|\s)["“‘']/

function isInitialOrAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || word.includes('.') || abbreviations.has(word.toLowerCase())
}

/**
 * Splits one segment (a headline, a summary line or a paragraph) into word tokens that know where
 * sentences start and end, so capitalisation can be read as evidence for a name.
 */
export function toNameTokens(segment: string): NameToken[] {
  const tokens: NameToken[] = []
  let last = 0
  let previousEnded = true
  for (const match of segment.matchAll(WORD)) {
    const start = match.index
    let raw = match[0]
    const gap = segment.slice(last, start)
    last = start + raw.length
    let endsSentence = false
    if (raw.endsWith('.')) {
      raw = raw.slice(0, -1)
      endsSentence = !isInitialOrAbbreviation(raw)
    }
    const possessive = /['’]s$/i.test(raw) && raw.length > 2
    if (possessive) raw = raw.slice(0, -2)
    // Dotted acronyms ("U.S.", "U.N.") are written without dots from here on.
    const text = /^(\p{Lu}\.)+\p{Lu}$/u.test(raw) ? raw.replace(/\./g, '') : raw
    const sentenceStart = previousEnded || FRESH_START.test(gap)
    tokens.push({ text, start, end: last, gap, sentenceStart, possessive, endsSentence })
    previousEnded = endsSentence
  }
  return tokens
}
