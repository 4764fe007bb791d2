import {
  LANGUAGES,
  NATIVE_AMERICAN_AFTER,
  SENTENCE_OPENERS,
  SPEAKING_WORDS,
  STYLE_AFTER_DEMONYM,
} from './data/context-words.ts'
import { isCommonWord } from '../lexicon/words.ts'
import { ADJECTIVE_ENDING, hitAt, startsSentence, type Segment } from './context.ts'
import { CAPITALISED, isUpper, SAME_SENTENCE_SPACE, type Hit, type Token } from './matcher.ts'

const LIST_JOIN = /^(?:and|or|&)$/
const SPOKEN_FILLERS = new Set(['only', 'in', 'into', 'fluent', 'fluently', 'some', 'little', 'mostly'])

/**
 * A demonym that names a style, a language or part of a shop's name, not its country: "Italian food",
 * "Malaysian Restaurant", "Greek and Italian Grill", "in English and Spanish", "spoke only French",
 * "Spanish-speaking".
 */
function isStyleOrLanguage(segment: Segment, hit: Hit): boolean {
  const { tokens } = segment
  const token = tokens[hit.first] as Token
  const after = tokens[hit.last + 1]
  if (
    after &&
    !token.possessive &&
    SAME_SENTENCE_SPACE.test(after.gap) &&
    STYLE_AFTER_DEMONYM.has(after.text)
  )
    return true
  if (after && /^[-‐‑]$/.test(after.gap) && (after.key === 'speaking' || after.key === 'language'))
    return true
  // "Greek and Italian Grill": the demonym after the join has a style word after it
  const joined = after && LIST_JOIN.test(after.key) ? hitAt(segment, hit.last + 2) : undefined
  if (
    joined?.entry.type === 'country' &&
    joined.entry.kind === 'demonym' &&
    isStyleOrLanguage(segment, joined)
  )
    return true
  const listedLanguage = (at: number, join: number) =>
    LIST_JOIN.test(tokens[join]?.key ?? '') && LANGUAGES.has(tokens[at]?.text ?? '')
  if (listedLanguage(hit.first - 2, hit.first - 1) || listedLanguage(hit.last + 2, hit.last + 1)) return true
  for (let at = hit.first - 1; at >= 0 && at >= hit.first - 3; at--) {
    const word = tokens[at] as Token
    if (SPEAKING_WORDS.has(word.key)) return true
    if (!SPOKEN_FILLERS.has(word.key) || !SAME_SENTENCE_SPACE.test((tokens[at + 1] as Token).gap)) break
  }
  return false
}

/**
 * "Indian" in its Native American sense: "an Indian reservation", "Caddo Indians" (a people's own name
 * before it; not an Indian place, "Mumbai Indians", nor another country, "British Indians").
 */
function isNativeAmerican(segment: Segment, hit: Hit): boolean {
  const { tokens } = segment
  const token = tokens[hit.first] as Token
  if (token.text !== 'Indian' && token.text !== 'Indians') return false
  const after = tokens[hit.last + 1]
  if (after && SAME_SENTENCE_SPACE.test(after.gap) && NATIVE_AMERICAN_AFTER.has(after.text)) return true
  const before = tokens[hit.first - 1]
  if (token.text !== 'Indians' || !before || !SAME_SENTENCE_SPACE.test(token.gap)) return false
  if (!CAPITALISED.test(before.text) || isUpper(before) || before.possessive) return false
  if (SENTENCE_OPENERS.has(before.text) || ADJECTIVE_ENDING.test(before.text)) return false
  if (startsSentence(tokens, hit.first - 1) && isCommonWord(before.key)) return false
  const place = hitAt(segment, hit.first - 1)
  return !place || (place.entry.type === 'country' && place.entry.code === 'US')
}

/** A demonym that names no country here: a style, a language, a shop's name, or Native Americans. */
export function isDemonymSense(segment: Segment, hit: Hit): boolean {
  return isStyleOrLanguage(segment, hit) || isNativeAmerican(segment, hit)
}
