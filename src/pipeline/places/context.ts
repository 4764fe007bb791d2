import {
  CROSS_BORDER_PEOPLES,
  ETHNIC_GROUPS,
  GEORGIA_COUNTRY_CITIES,
  NAME_LIKE,
  NAMED_AFTER_CITY,
  LOCAL_NAME_WORDS,
  NOT_A_SURNAME,
  NOT_THE_GULF_AFTER,
  PLACE_PREFIXES,
  SENTENCE_OPENERS,
  STYLE_AFTER_DEMONYM,
  US_STATE_AFTER,
  US_STATE_PARTS,
} from './data/context-words.ts'
import { isCommonWord, isGivenName } from '../lexicon/words.ts'
import { CAPITALISED, isUpper, SAME_SENTENCE_SPACE, type Hit, type Token } from './matcher.ts'

/** One scanned stretch of text (the title, a summary bullet or a paragraph). */
export type Segment = { text: string; tokens: Token[]; hits: Hit[] }

/** What a country hit turned out to be, read from the words around it. */
export type Reading = 'country' | 'not-a-country' | 'person' | 'us-state'

const COMMA_GAP = /^,\s*$/
const SENTENCE_BREAK_GAP = /[.!?:;"“”(—–]\s*$/
const PUNCTUATION = /[.,;:!?]/
// Adjectives and participles open sentences too: "Landlocked Chad", "Neighbouring Jordan".
export const ADJECTIVE_ENDING = /(?:ed|ing|ly|al|ic|ous|ern|ful|less|ian)$/

/** Most words of four letters or more capitalised: a headline in title case, where names can't be told. */
export function isTitleCase(tokens: Token[]): boolean {
  let long = 0
  let capitalised = 0
  for (const token of tokens) {
    if (token.text.length < 4) continue
    long++
    if (CAPITALISED.test(token.text)) capitalised++
  }
  return long >= 3 && capitalised >= 0.75 * long
}

export const startsSentence = (tokens: Token[], at: number) =>
  at === 0 || SENTENCE_BREAK_GAP.test(tokens[at]?.gap ?? '')

export function hitAt(segment: Segment, at: number): Hit | undefined {
  for (const hit of segment.hits) if (hit.first <= at && at <= hit.last) return hit
  return undefined
}

/** "Michael Jordan", "Jordan Peterson": a place name that is part of a person's name here. */
function isPersonName(segment: Segment, hit: Hit, word: string): boolean {
  const { tokens } = segment
  const token = tokens[hit.first] as Token
  const before = tokens[hit.first - 1]
  // "Monica French", "Derek England": a given name before it makes it a surname.
  const forename = before && SAME_SENTENCE_SPACE.test(token.gap) && CAPITALISED.test(before.text)
  if (isTitleCase(tokens)) return false
  if (forename && isGivenName(before.key) && !isCommonWord(before.key)) return true
  // "CHAD" in a line of capitals is the name "Chad"
  const like =
    NAME_LIKE[word] ?? (isUpper(token) ? NAME_LIKE[word.charAt(0) + word.slice(1).toLowerCase()] : undefined)
  if (!like) return false
  // "BY CHAD KLIMACK Staff Writer": a byline's name, whatever its case
  const next = tokens[hit.last + 1]
  const byline =
    before?.key === 'by' && startsSentence(tokens, hit.first - 1) && SAME_SENTENCE_SPACE.test(token.gap)
  if (like.forename && byline && next && SAME_SENTENCE_SPACE.test(next.gap) && CAPITALISED.test(next.text))
    return !hitAt(segment, hit.last + 1)
  if (like.surname && before && SAME_SENTENCE_SPACE.test(token.gap) && CAPITALISED.test(before.text)) {
    const opener = startsSentence(tokens, hit.first - 1)
    const plainWord = SENTENCE_OPENERS.has(before.text) || ADJECTIVE_ENDING.test(before.text)
    const partOfPlace = PLACE_PREFIXES.has(before.text) || hitAt(segment, hit.first - 1)
    if (!partOfPlace && !before.possessive && !isUpper(before) && !(opener && plainWord)) return true
  }
  const after = tokens[hit.last + 1]
  if (!like.forename || !after || token.possessive || !SAME_SENTENCE_SPACE.test(after.gap)) return false
  // an acronym after it ("Pak PM", "Jordan FM") is a title, not a surname
  const surname = CAPITALISED.test(after.text) && !isUpper(after) && !NOT_A_SURNAME.has(after.text)
  return surname && !hitAt(segment, hit.last + 1)
}

const LIST_WORDS = new Set(['and', 'or'])
const IN_LIST_GAP = /^(?:[ \t\u00a0]+|,\s*)$/
const LIST_REACH = 8

/** The words listed with a hit on one side, up to the first word that cannot be in a list of names. */
function listedWith(tokens: Token[], hit: Hit, side: -1 | 1): Token[] {
  const listed: Token[] = []
  for (let at = side < 0 ? hit.first - 1 : hit.last + 1; listed.length < LIST_REACH; at += side) {
    const token = tokens[at]
    const joinedBy = side < 0 ? tokens[at + 1]?.gap : token?.gap
    if (!token || !IN_LIST_GAP.test(joinedBy ?? '')) break
    listed.push(token)
    if (!LIST_WORDS.has(token.key) && !CAPITALISED.test(token.text)) break
  }
  return listed
}

/**
 * "ethnic Tajik and Uzbek leaders": a people, not a country. Peoples who live across borders are also
 * read so when listed with other peoples ("Hazaras, Tajiks and Uzbeks"), never "Kurdish and Iranian".
 */
function isEthnicGroup(segment: Segment, hit: Hit, crossBorder: boolean): boolean {
  const marks = (token: Token) => token.key === 'ethnic' || (crossBorder && ETHNIC_GROUPS.has(token.text))
  if (listedWith(segment.tokens, hit, -1).some(marks)) return true
  // after the hit, only past a list word or comma: "Uzbek Hazaras" is not a list
  const after = listedWith(segment.tokens, hit, 1)
  const listStart = after.findIndex((token) => token.gap.includes(',') || LIST_WORDS.has(token.key))
  return crossBorder && listStart >= 0 && after.slice(listStart).some(marks)
}

const TOWN_PREFIXES = new Set(['st', 'saint', 'ste', 'sainte', 'fort', 'ft', 'mount', 'mt', 'port'])

/**
 * "Atlanta, Georgia", "Georgia Governor", "a Georgia man", "North Georgia", "the state of Georgia": the US
 * state, not the country.
 */
function isUsState(segment: Segment, hit: Hit): boolean {
  const { tokens } = segment
  const after = tokens[hit.last + 1]
  if (after && SAME_SENTENCE_SPACE.test(after.gap) && US_STATE_AFTER.has(after.text)) return true
  const before = tokens[hit.first - 1]
  if (!before) return false
  if (before.key === 'of' && tokens[hit.first - 2]?.key === 'state') return true
  const gap = (tokens[hit.first] as Token).gap
  if (US_STATE_PARTS.has(before.text) && SAME_SENTENCE_SPACE.test(gap)) return true
  if (!COMMA_GAP.test((tokens[hit.first] as Token).gap) || !CAPITALISED.test(before.text)) return false
  if (GEORGIA_COUNTRY_CITIES.has(before.text)) return false
  // "Armenia, Georgia and Azerbaijan" is a list of countries; "Athens, Georgia" a US town.
  const beforeHit = hitAt(segment, hit.first - 1)
  return !beforeHit || (beforeHit.entry.type === 'country' && beforeHit.entry.kind === 'city')
}

/** Reads one country hit in its sentence. Doc-wide rules (a name used again, Georgia) come after. */
export function readCountryHit(segment: Segment, index: number): Reading {
  const hit = segment.hits[index] as Hit
  const { entry } = hit
  if (entry.type !== 'country') return 'not-a-country'
  const { tokens } = segment
  const token = tokens[hit.first] as Token
  const after = tokens[hit.last + 1]
  const next = segment.hits[index + 1]
  if (entry.kind === 'demonym' && isEthnicGroup(segment, hit, CROSS_BORDER_PEOPLES.has(token.text)))
    return 'not-a-country'
  if (token.text === 'US' && segment.text.startsWith('$', token.end)) return 'not-a-country'
  const localName = after && SAME_SENTENCE_SPACE.test(after.gap) && LOCAL_NAME_WORDS.has(after.text)
  if (localName && (entry.kind === 'demonym' || entry.kind === 'city')) return 'not-a-country'
  if (entry.kind === 'city') {
    if (after && SAME_SENTENCE_SPACE.test(after.gap) && NAMED_AFTER_CITY.has(after.key))
      return 'not-a-country'
    // "St. Paris", "Fort Berlin": a saint's or a fort's town of the name, not the city
    const before = tokens[hit.first - 1]
    if (before && TOWN_PREFIXES.has(before.key) && /^\.?[ \t\u00a0]+$/.test(token.gap)) return 'not-a-country'
    // "Osaka Japanese Restaurant": the city is part of the shop's name too
    const styled = next && next.first === hit.last + 1 && SAME_SENTENCE_SPACE.test(after?.gap ?? '')
    if (styled && next.entry.type === 'country' && next.entry.kind === 'demonym') {
      const word = tokens[next.last + 1]
      if (word && SAME_SENTENCE_SPACE.test(word.gap) && STYLE_AFTER_DEMONYM.has(word.text))
        return 'not-a-country'
    }
    // "Tripoli, Lebanon", "Paris, Texas": the place after the comma says where the city is;
    // "Doha, Qatar" is one mention of Qatar.
    const commaNext = next && next.first === hit.last + 1 && COMMA_GAP.test(after?.gap ?? '')
    const qualifier = commaNext && !(tokens[next.last] as Token).possessive
    if (
      qualifier &&
      (next.entry.type === 'subdivision' || (next.entry.type === 'country' && next.entry.kind === 'name'))
    )
      return 'not-a-country'
  }
  if (isPersonName(segment, hit, token.text)) return 'person'
  if (entry.code === 'GE' && token.text === 'Georgia' && isUsState(segment, hit)) return 'us-state'
  return 'country'
}

/**
 * A state or province counts as its country unless it is a person's name ("Virginia Woolf"); an
 * abbreviation only as written after a city ("Orlando, Fla.", "Charleston, S.C."), dot included.
 */
export function readSubdivisionHit(segment: Segment, index: number): Reading {
  const hit = segment.hits[index] as Hit
  if (hit.entry.type === 'subdivision' && hit.entry.abbreviation) {
    const token = segment.tokens[hit.first] as Token
    const city = segment.tokens[hit.first - 1]
    const dotted = segment.text.slice(token.start, token.end + 1).includes('.')
    const afterCity = city !== undefined && CAPITALISED.test(city.text) && COMMA_GAP.test(token.gap)
    return dotted && afterCity ? 'country' : 'not-a-country'
  }
  return isPersonName(segment, hit, (segment.tokens[hit.first] as Token).text) ? 'person' : 'country'
}

/** Whether a region hit counts: bare "Gulf" only as "the Gulf", and not "the Gulf of Finland". */
export function readRegionHit(segment: Segment, hit: Hit): boolean {
  const token = segment.tokens[hit.first] as Token
  if (hit.first !== hit.last || token.text !== 'Gulf') return true
  const after = segment.tokens[hit.last + 1]
  const gulfOfElsewhere = after && !PUNCTUATION.test(after.gap) && NOT_THE_GULF_AFTER.has(after.text)
  return segment.tokens[hit.first - 1]?.key === 'the' && !gulfOfElsewhere
}
