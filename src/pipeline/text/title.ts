import { ABBREVIATIONS } from '../lexicon/word-lists.ts'
import { sentenceEnd } from '../quotes/sentences.ts'

const MAX_SENTENCE_TITLE = 110

/**
 * A headline as shown: spacing collapsed, and the closing period or semicolon some archives put after every
 * line dropped ("Floods hit Sindh." → "Floods hit Sindh"), unless the period ends an abbreviation ("to D.C.").
 */
export function cleanTitle(text: string): string {
  const title = text.replace(/\s+/g, ' ').trim()
  if (/[;,:]$/.test(title)) return title.slice(0, -1).trimEnd()
  if (!/[^.]\.$/.test(title)) return title
  const last = title.slice(0, -1).split(' ').at(-1)!.toLowerCase()
  if (/\.\p{L}$/u.test(last) || /^\p{L}$/u.test(last) || ABBREVIATIONS.has(last)) return title
  return title.slice(0, -1)
}

/**
 * A title for a text that has no headline: its first sentence, cut at a word to at most about 110
 * characters (with an ellipsis when cut).
 */
export function titleFromText(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  const sentence = text.slice(0, sentenceEnd(text, 0, text.length)).trim()
  if (sentence.length <= MAX_SENTENCE_TITLE) return cleanTitle(sentence)
  const cut = sentence.slice(0, MAX_SENTENCE_TITLE + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > 40 ? cut.slice(0, space) : cut.slice(0, MAX_SENTENCE_TITLE)).replace(/[\s,;:—–-]+$/, '')}…`
}
