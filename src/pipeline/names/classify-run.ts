import {
  ABBREVIATIONS,
  NON_ENTITY_HEADS,
  ORG_HEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../lexicon/word-lists.ts'
import {
  isCommonWord as isEnglishWord,
  isEverydayWord,
  isGivenName,
  isPersonNoun,
  notNameWords,
  sentenceStarters,
} from '../lexicon/words.ts'
import { isCountryOrDemonym, isPlace } from '../lexicon/places.ts'
import { lookupCity } from '../places/cities.ts'
import { nonOrgAcronyms, timeWords } from './entity-words.ts'
import { findKnownOrg } from './name-lexicon.ts'
import type { NameRun } from './name-runs.ts'
import { isAcronym, isAcronymLike, type NameToken } from './name-tokens.ts'
import type { KnownOrg } from './known-orgs.ts'
import { nameParticles } from './title-words.ts'
import { describesPerson, isGivenNameBeforeSurname, officeLength } from './person-name.ts'

/** What one capitalised run names. */
export type Mention =
  | { kind: 'person'; words: string[] }
  /** A lone capitalised word: a surname met before, or a one-name person after a title ("Mr Khan"). */
  | { kind: 'single'; word: string; titled: boolean }
  | { kind: 'org'; name: string; acronym: string | null; known: KnownOrg | null }
  | { kind: 'acronym'; text: string }

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern'])
for (const d of ['western', 'upper', 'lower', 'greater', 'northwest', 'northeast', 'southwest', 'southeast'])
  DIRECTIONS.add(d)

// Words after the head of a body's name: "Ministry of …", "Centre for …", "Commission on …".
const HEAD_LINKS = new Set(['of', 'for', 'on'])
const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/
const lower = (t: NameToken) => t.lower
const isConnector = (t: NameToken) => !t.name
// "Justices Rakesh Venugopal and …": a title's plural before several names is a title too.
const isTitleHead = (w: string) =>
  TITLE_HEADS.has(w) || (w.length > 4 && w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1)))
const isTitleWord = (t: NameToken) => isTitleHead(lower(t)) || TITLE_MODIFIERS.has(lower(t))

function textOf(tokens: NameToken[]): string {
  return tokens.map((t, i) => (i === 0 ? '' : t.gap === '-' ? '-' : ' ') + t.text).join('')
}

/** Drops what cannot open or close a name: "The", a sentence-opening "After", "On Friday". */
function trim(tokens: NameToken[]): NameToken[] {
  let from = 0
  let to = tokens.length
  while (from < to) {
    const t = tokens[from] as NameToken
    const starter = t.sentenceStart && sentenceStarters.has(lower(t)) && from < to - 1
    if (isConnector(t) || lower(t) === 'the' || timeWords.has(lower(t)) || starter) from++
    else break
  }
  while (
    to > from &&
    (isConnector(tokens[to - 1] as NameToken) || WEEKDAY.test((tokens[to - 1] as NameToken).text))
  )
    to--
  return tokens.slice(from, to)
}

const cannotNameAPerson = (t: NameToken): boolean =>
  ORG_HEADS.has(lower(t)) ||
  NON_ENTITY_HEADS.has(lower(t)) ||
  notNameWords.has(lower(t)) ||
  isAcronymLike(t.text)

// "Farah" is a province and a given name: before another name it is the given name.
const isPlaceNotName = (t: NameToken): boolean => isPlace(t.text) && !isGivenName(lower(t))

/** The words after a title, if they read as a person's name ("of Pakistan" after a title is skipped). */
function personAfterTitle(after: NameToken[], honorific: boolean): string[] | null {
  let from = 0
  while (
    from < after.length - 1 &&
    (isConnector(after[from] as NameToken) || isPlaceNotName(after[from] as NameToken))
  )
    from++
  const tokens = after.slice(from)
  const names = tokens.filter((t) => !nameParticles.has(lower(t)))
  if (names.length === 0 || names.length > 4) return null
  // A second title further on ("Republican South Carolina Sen. X") is where the name starts.
  if (
    names.some((t, i) => cannotNameAPerson(t) || (TITLE_HEADS.has(lower(t)) && i < names.length - 1)) ||
    isPlace(textOf(tokens))
  )
    return null
  // "Republican National Committeeman", "Republican Presidents": one word after a title may be a noun,
  // though never after an honorific ("Mr Khan").
  const only = names.length === 1 && !honorific ? lower(names[0] as NameToken) : null
  if (only !== null && (isPersonNoun(only) || isEverydayWord(only) || isEnglishWord(only))) return null
  return tokens.map((t) => t.text)
}

/** A title run (heads and modifiers, "of"/"for" inside) with a name after it. */
function splitAtTitle(tokens: NameToken[]): Mention[] | null {
  for (let a = 0; a < tokens.length; a++) {
    if (!isTitleWord(tokens[a] as NameToken)) continue
    let b = a
    while (b < tokens.length && (isTitleWord(tokens[b] as NameToken) || isConnector(tokens[b] as NameToken)))
      b++
    while (b > a && isConnector(tokens[b - 1] as NameToken)) b--
    // "Minister for Information and Broadcasting Attaullah Tarar": the office's words before the name.
    b += officeLength(tokens.slice(b).map((t) => t.text))
    const title = tokens.slice(a, b)
    if (!title.some((t) => isTitleHead(lower(t))) || b >= tokens.length) continue
    const person = personAfterTitle(
      tokens.slice(b),
      title.some((t) => ABBREVIATIONS.has(lower(t))),
    )
    // A plural title ("Senators", "Justices") names people in full, never one word ("Queens Ave").
    const plural = !title.some((t) => TITLE_HEADS.has(lower(t)))
    if (!person || (plural && person.length < 2)) continue
    // "Former Florida Gov. X": what stands before the title may be more of it, and a place.
    const before = tokens.slice(0, a).filter((t) => !isTitleWord(t))
    const left = before.length > 0 && !isPlace(textOf(before)) ? classifyTokens(tokens.slice(0, a), null) : []
    const personMention: Mention =
      person.length === 1
        ? { kind: 'single', word: person[0] as string, titled: true }
        : { kind: 'person', words: person }
    return [...left, personMention]
  }
  return null
}

function isPersonName(tokens: NameToken[]): boolean {
  const names = tokens.filter((t) => !nameParticles.has(lower(t)))
  if (names.length < 2 || names.length > 4) return false
  // "Bill Clinton", "Mark Cuban", "David French": a given name before them makes a word of a law or a
  // demonym a name.
  const given = isGivenName(lower(names[0] as NameToken))
  const ok = names.every((t, i) => {
    const w = lower(t)
    const named = given && names.length === 2
    if (notNameWords.has(w) || ORG_HEADS.has(w)) return false
    // "Jordan Mitchell", "Chad Whitfield": a given name that is a country's too, before a surname.
    const countryGiven = i === 0 && isGivenNameBeforeSurname(names.map((n) => n.text))
    if (
      (NON_ENTITY_HEADS.has(w) && !(named && i === 0)) ||
      (isCountryOrDemonym(t.text) && !(named && i === 1) && !countryGiven)
    )
      return false
    if (isAcronymLike(t.text) || (timeWords.has(w) && i < names.length - 1)) return false
    return i > 0 || !TITLE_HEADS.has(w)
  })
  // Without a given name to open it, a run that ends in an everyday word (with another everyday word before
  // it, when it is longer than two: "Khin Zaw Win" is a name) or that opens with a known body's name is a
  // thing's name ("Falcon Heavy", "Cedar Haven Nursing Home", "Apple CarPlay"), not a person's.
  const first = names[0] as NameToken
  const last = names[names.length - 1] as NameToken
  const everydayEnd =
    isEverydayWord(last.text) &&
    (names.length === 2 || names.slice(0, -1).some((t) => isEverydayWord(t.text)))
  const unnamed = !isGivenName(lower(first)) && (everydayEnd || findKnownOrg(first.text) !== undefined)
  // "Dera Ghazi Khan", "Bandar Abbas": a city's name of several words is the city.
  const text = textOf(tokens)
  const city = names.length > 1 && lookupCity(text) !== null
  return ok && !unnamed && !city && !names.every((t) => isEverydayWord(t.text)) && !isPlace(text)
}

function classifyTokens(raw: NameToken[], acronym: string | null): Mention[] {
  const tokens = trim(raw)
  if (tokens.length === 0) return []
  const text = textOf(tokens)
  const known = findKnownOrg(text)
  if (known) return [{ kind: 'org', name: text, acronym, known }]
  const titled = splitAtTitle(tokens)
  if (titled) return titled
  // "Restaurateur Bill Sohovich": a word for a person before a given name describes the person, when
  // what follows is a person's name ("Prince William County Circuit Court" stays the court).
  const [opening, second] = tokens
  if (tokens.length > 2 && describesPerson(lower(opening as NameToken), second ? lower(second) : '')) {
    const rest = classifyTokens(tokens.slice(1), null)
    if (rest.length === 1 && rest[0]?.kind === 'person') return rest
  }
  if (acronym && !isPlace(text)) return [{ kind: 'org', name: text, acronym, known: null }]
  // The head is the word before "of"/"for"/"on", or the last word: "Ministry of …", "Interior Ministry".
  const ofAt = tokens.findIndex((t, i) => i > 0 && HEAD_LINKS.has(t.text))
  const head = lower((ofAt > 0 ? tokens[ofAt - 1] : tokens.at(-1)) as NameToken)
  if (NON_ENTITY_HEADS.has(head) && !ORG_HEADS.has(head)) return []
  if (ORG_HEADS.has(head) && tokens.length > 1)
    return [{ kind: 'org', name: text, acronym: null, known: null }]
  if (isPlace(text) || DIRECTIONS.has(lower(tokens[0] as NameToken))) return []
  if (tokens.length > 1 && isCountryOrDemonym((tokens[0] as NameToken).text) && !isPersonName(tokens)) {
    return classifyTokens(tokens.slice(1), null)
  }
  const [first] = tokens as [NameToken]
  if (tokens.length === 1) {
    if (isAcronym(first.text))
      return nonOrgAcronyms.has(first.text) ? [] : [{ kind: 'acronym', text: first.text }]
    return [{ kind: 'single', word: first.text, titled: false }]
  }
  if (isPersonName(tokens)) return [{ kind: 'person', words: tokens.map((t) => t.text) }]
  // "Von der Leyen said": a surname that opens with a particle.
  if (tokens.filter((t) => !nameParticles.has(lower(t))).length === 1 && nameParticles.has(lower(first))) {
    return [{ kind: 'single', word: text, titled: false }]
  }
  // A sentence may open with an ordinary word before a name: "Analyst Ayesha Siddiqa said".
  if (first.sentenceStart && isEverydayWord(first.text)) return classifyTokens(tokens.slice(1), null)
  return []
}

/** What a capitalised run names: people, organisations, acronyms, or nothing (places, events, words). */
export function classifyRun(run: NameRun): Mention[] {
  return classifyTokens(run.tokens, run.acronym)
}
