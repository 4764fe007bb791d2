import {
  describesPerson,
  isGivenNameBeforeSurname,
  officeLength,
  personGender,
} from '../names/person-name.ts'
import { PLACE_WORDS, isPlace } from '../lexicon/places.ts'
import { isGivenName } from '../lexicon/words.ts'
import { BODY_CONNECTORS, TITLE_LINKS, isListNoun } from './noun-phrase.ts'
import { acronymAfter, coveringSpan } from './acronyms.ts'
import { isSpeechVerbAt, speechVerbBase } from './speech-verbs.ts'
import {
  isAcronym,
  isLineBreakBetween,
  isPossessive,
  paragraphTokens,
  stripPossessive,
  type Token,
} from '../words/tokens.ts'
import {
  ABBREVIATIONS,
  FUNCTION_WORDS,
  NAME_CONNECTORS,
  NON_ENTITY_HEADS,
  ORG_WORDS,
  RELATIVE_STARTS,
  TITLE_ACRONYMS,
  TITLE_MODIFIERS,
  TITLES,
  roleParts,
} from '../lexicon/word-lists.ts'

/** A person or body named in the writer's own text (never inside a quote). */
export type Entity = {
  name: string
  kind: 'person' | 'organization'
  /** Lower-case words of the name and its titles, for matching "the minister", "the ministry". */
  words: string[]
  gender: 'm' | 'f' | null
  /** Named with a title or as the subject of a sentence: a fair antecedent for "he" / "she". */
  strong: boolean
  /** Object of a preposition or of "told" ("told Reuters"): not what a later "it" means. */
  object: boolean
  pos: number
}

const OBJECT_CUES = new Set([
  'of',
  'for',
  'to',
  'with',
  'by',
  'from',
  'in',
  'at',
  'on',
  'between',
  'told',
  'met',
  'and',
])
const PERSON_CONNECTORS = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'de',
  'da',
  'van',
  'von',
  'ul',
  'ud',
  'abu',
])

// What may stand before a sentence's first word: `/^[.!?"“”]$/`.
const isSentenceBreak = (text: string): boolean => text.length === 1 && '.!?"“”'.includes(text)

/**
 * Lists people, bodies and acronym definitions ("Federal Investigation Agency (FIA)") in a paragraph,
 * skipping the masked ranges (quotes: words inside a quote are not the writer's). People are title-led
 * names or runs of two to four capitalised words with no organisation or place word in them.
 */
export function findEntities(
  text: string,
  masked: ReadonlyArray<readonly [number, number]> = [],
): { entities: Entity[]; acronyms: Map<string, string> } {
  const tokens = unmasked(paragraphTokens(text), masked)
  const entities: Entity[] = []
  const acronyms = new Map<string, string>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (!t.word || !t.cap) continue
    let end = runEnd(text, tokens, i)
    let from = i
    while (from < end && FUNCTION_WORDS.has((tokens[from] as Token).lower)) from++
    // `Said Dorothy Poynter, who …`: a sentence opened by a speech verb names the speaker after it.
    if (from < end - 1 && opensWithVerb(tokens, from)) from++
    // Most runs are one capitalised word (a sentence opening, a place): dismissed before any allocation.
    const defined = acronymAfter(tokens, end)
    if (defined === null && isPlainRun(tokens, from, end)) {
      i = Math.max(i, end - 1)
      continue
    }
    const run = tokens.slice(from, end)
    const prev = tokens[from - 1]?.lower
    const prevWord = prev === 'the' ? tokens[from - 2]?.lower : prev
    const object = prevWord !== undefined && OBJECT_CUES.has(prevWord)
    const sentenceStart = from === 0 || isSentenceBreak((tokens[from - 1] as Token).text)
    if (defined && run.length > 0) {
      acronyms.set(defined, text.slice(...coveringSpan(run, defined)))
      end += 3
    }
    const entity = classifyRun(text, run, tokens, from, end, { object, sentenceStart })
    if (entity) entities.push(...entity)
    i = Math.max(i, end - 1)
  }
  return { entities, acronyms }
}

/**
 * A person named again by one word of their name ("Back in his field, Noorzai inspects…" after "Haji Abdul
 * Wali Noorzai"), outside the masked ranges: `known` gives the one person a lower-case first or last name
 * stands for, or null.
 */
export function shortMentions(
  text: string,
  masked: ReadonlyArray<readonly [number, number]>,
  known: (lower: string) => Entity | null,
): Entity[] {
  const tokens = unmasked(paragraphTokens(text), masked)
  const found: Entity[] = []
  tokens.forEach((t, i) => {
    if (!t.word || !t.cap) return
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    // A word inside a longer run of capitals is part of another name.
    if ((prev?.word && prev.cap) || (next?.word && next.cap)) return
    const person = known(stripPossessive(t.text).toLowerCase())
    if (!person) return
    const object = prev !== undefined && OBJECT_CUES.has(prev.lower)
    const strong = !prev || isSentenceBreak(prev.text) || prev.text === ','
    found.push({ ...person, object, strong: strong && !object, pos: t.start })
  })
  return found
}

function opensWithVerb(tokens: readonly Token[], k: number): boolean {
  const lower = (tokens[k] as Token).lower
  const base = speechVerbBase(lower)
  return base !== null && base !== lower && (k === 0 || isSentenceBreak((tokens[k - 1] as Token).text))
}

/** True when classifyRun would dismiss tokens[from, end): no word, or one word that is no org or acronym. */
function isPlainRun(tokens: readonly Token[], from: number, end: number): boolean {
  let only: Token | null = null
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token
    if (!t.word) continue
    if (only) return false
    only = t
  }
  return only === null || (!ORG_WORDS.has(only.key) && !isAcronym(only.text))
}

/** Tokens outside the masked ranges (both lists in order, so one pointer walks the ranges). */
function unmasked(
  tokens: readonly Token[],
  masked: ReadonlyArray<readonly [number, number]>,
): readonly Token[] {
  if (masked.length === 0) return tokens
  const out: Token[] = []
  let m = 0
  let skipped = false
  for (const t of tokens) {
    while (m < masked.length && (masked[m] as readonly [number, number])[1] <= t.start) m++
    const range = masked[m]
    if (range && t.start >= range[0]) {
      skipped = true
      continue
    }
    // A quote left out still parts the words around it: `Kasich “…” He` is no name.
    if (skipped) out.push({ ...t, text: '”', end: t.start, word: false, lower: '”', key: '”', cap: false })
    skipped = false
    out.push(t)
  }
  return out
}

/** Index past a run of capitalised words, joined by name connectors and ending after a possessive. */
function runEnd(text: string, tokens: readonly Token[], i: number): number {
  let j = i
  let org = false
  while (j < tokens.length) {
    const t = tokens[j] as Token
    const next = tokens[j + 1]
    // A name never runs over a line break ("Impeachment Clock\nSchiff").
    if (j > i && isLineBreakBetween(text, (tokens[j - 1] as Token).end, t.start)) break
    if (t.word && t.cap) {
      if (ORG_WORDS.has(t.key)) org = true
      j++
      if (isPossessive(t.text)) break
      continue
    }
    const lower = t.lower
    const nextCap = next !== undefined && next.word && next.cap
    if (t.text === '.' && j > i && ABBREVIATIONS.has((tokens[j - 1] as Token).key) && nextCap) j++
    else if (
      NAME_CONNECTORS.has(lower) &&
      nextCap &&
      (org || !BODY_CONNECTORS.has(lower) || afterTitle(tokens, j)) &&
      !joinsAcronyms(tokens, j)
    )
      j++
    else if (org && (lower === 'of' || lower === 'for') && next?.text === 'the' && tokens[j + 2]?.word) j++
    else break
  }
  return j
}

// "NATO and US officials": two bodies, not one name.
const joinsAcronyms = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.text === 'and' && (isAcronym(tokens[j - 1]?.text ?? '') || isAcronym(tokens[j + 1]?.text ?? ''))

function classifyRun(
  text: string,
  run: readonly Token[],
  tokens: readonly Token[],
  start: number,
  end: number,
  at: { object: boolean; sentenceStart: boolean },
): Entity[] | null {
  const words = run.filter((t) => t.word)
  if (words.length === 0) return null
  // Most runs are one capitalised word (a sentence opening, a place): cheap to dismiss.
  const only = words.length === 1 ? (words[0] as Token) : null
  if (only && !ORG_WORDS.has(only.key) && !isAcronym(only.text)) return null
  const lower = words.map((t) => t.key)
  const first = words[0] as Token
  const last = words[words.length - 1] as Token
  const name = stripPossessive(text.slice(first.start, last.end))
  const object = at.object
  const pos = first.start
  // The title runs on through the office it is of or for: "Minister of Foreign Affairs", "Minister for
  // Law and Justice" (a title's own words, and "of", "for", "and" between them), and on through the
  // office's everyday words and places to the name ("Minister for Information and Broadcasting X").
  let lastTitle = -1
  lower.forEach((w, k) => {
    if (k >= lower.length - 1) return
    const inTitle = lastTitle === k - 1 && (TITLE_MODIFIERS.has(w) || TITLE_LINKS.has(w))
    if (TITLES.has(w) || (lastTitle >= 0 && inTitle)) lastTitle = k
  })
  while (lastTitle >= 0 && TITLE_LINKS.has(lower[lastTitle] as string)) lastTitle--
  const office = lastTitle >= 0 ? officeLength(words.slice(lastTitle + 1).map((t) => t.text)) : 0
  lastTitle += office
  // "Restaurateur Bill Sohovich": a word for a person before a given name describes the person.
  if (lastTitle < 0 && describesPerson(lower[0] as string, lower[1] ?? '')) lastTitle = 0
  if (
    office === 0 &&
    (lower.some((w) => ORG_WORDS.has(w)) || (words.length === 1 && isAcronym(first.text)))
  ) {
    if (isPlace(name) || TITLE_ACRONYMS[lower[0] as string]) return null
    return [{ object, pos, gender: null, name, kind: 'organization', words: lower, strong: false }]
  }
  // "Chad Morrison", "Georgia Clarke": a given name that is a place's too opens a name before a surname.
  const given = isGivenNameBeforeSurname(words.map((t) => t.text))
  if (isPlace(name) || (!given && lower.some((w) => PLACE_WORDS.has(w)))) return null
  // "Democratic National Convention", "Lahore Literary Festival": an event is no person, unless a given
  // name says the last word is a surname ("Fiona Hill").
  if (
    NON_ENTITY_HEADS.has(last.key) &&
    !lower.some((w) => isGivenName(w)) &&
    !lower.some((w) => TITLES.has(w))
  )
    return null
  const nameWords = words.slice(lastTitle + 1)
  if (lastTitle < 0 && (nameWords.length < 2 || nameWords.length > 4)) return null
  if (nameWords.some((t) => !t.cap && !PERSON_CONNECTORS.has(t.lower))) return null
  const titles = lower.slice(0, lastTitle + 1)
  const personName = stripPossessive(text.slice((nameWords[0] as Token).start, last.end))
  const gender = personGender(
    titles,
    nameWords.map((t) => t.key),
  )
  const subject = at.sentenceStart || tokens[end]?.text === ',' || isSpeechVerbAt(tokens, end)
  return [
    {
      object,
      pos,
      gender,
      name: personName,
      kind: 'person',
      words: [...lower, ...appositiveRoles(tokens, end), ...appositiveRoles(tokens, start, -1)],
      strong: lastTitle >= 0 || subject,
    },
  ]
}

/** "Minister for Planning X", "Secretary of State X": "of" or "for" right after a title joins its office. */
function afterTitle(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token
  const prev = tokens[j - 1]
  return (t.lower === 'of' || t.lower === 'for') && prev !== undefined && prev.cap && TITLES.has(prev.key)
}

// An appositive runs to the next comma, at most this many words: "Gen. Mark Milley, chairman of the Joint Chiefs,".
const APPOSITIVE_WORDS = 12

/**
 * Words of a role set beside a name, so that "the chairman", "the witness" or "the DG ISPR" later finds the
 * person: "Mark Milley, chairman of the Joint Chiefs," and "X, Director General ISPR," (after, `step` 1 from
 * the comma at `at`); "Nigeria's junior petroleum minister, Timipre Sylva" and "The second witness, X"
 * (before, `step` -1 from the name's first token at `at`), or with no comma "defence counsel X" and
 * "Upazila Nirbahi Officer (UNO) X".
 */
function appositiveRoles(tokens: readonly Token[], at: number, step: 1 | -1 = 1): string[] {
  const comma = step === 1 ? at : at - 1
  if (tokens[comma]?.text !== ',') return step === 1 ? [] : rolesRightBefore(tokens, at)
  const chunk: Token[] = []
  for (let k = comma + step, n = 0; n < APPOSITIVE_WORDS; k += step, n++) {
    const t = tokens[k]
    if (!t || t.text === ',' || isSentenceBreak(t.text)) break
    chunk.push(t)
  }
  if (step === -1) chunk.reverse()
  // "who …", "said …": a clause is no role.
  if (RELATIVE_STARTS.has(chunk[0]?.lower ?? '') || chunk.some((_, i) => isSpeechVerbAt(chunk, i))) return []
  return roleWords(chunk)
}

/** "defence counsel Barrister X", "Officer (UNO) X": a role right before the name, with no comma. */
function rolesRightBefore(tokens: readonly Token[], start: number): string[] {
  const acronym = tokens[start - 2]
  if (
    tokens[start - 1]?.text === ')' &&
    tokens[start - 3]?.text === '(' &&
    acronym &&
    isAcronym(acronym.text)
  )
    return [acronym.key]
  let from = start
  while (from > start - 3 && isRoleWord(tokens[from - 1])) from--
  return from < start && isListNoun((tokens[start - 1] as Token).key)
    ? roleWords(tokens.slice(from, start))
    : []
}

const isRoleWord = (t: Token | undefined): boolean =>
  t !== undefined && t.word && !t.cap && !FUNCTION_WORDS.has(t.lower)

/** The words of a chunk that names a role, with what its acronyms and compounds stand for; else none. */
function roleWords(chunk: readonly Token[]): string[] {
  const keys = chunk
    .filter((t) => t.word && !FUNCTION_WORDS.has(t.lower))
    .flatMap((t) => [t.key, ...roleParts(t.key).filter((k) => k !== t.key)])
  return keys.some((k) => TITLES.has(k) || isListNoun(k)) ? keys : []
}
