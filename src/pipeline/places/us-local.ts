import { isCommonWord, isGivenName } from '../lexicon/words.ts'
import type { Segment } from './context.ts'
import { isTitleCase } from './context.ts'
import { TOWN_OFFICES } from './data/context-words.ts'
import towns from './data/us-towns.json'
import { CAPITALISED, SAME_SENTENCE_SPACE, type Token } from './matcher.ts'

// US towns from GeoNames, built by data/build-towns.ts: split once, looked up by lower-case name.
const US_TOWNS: ReadonlySet<string> = new Set(towns.towns.split('|'))
const LEADING_TOWNS: ReadonlySet<string> = new Set(towns.leading.split('|'))

/** A US town of 1,000 people or more by this lower-case name ("athens", "lebanon"). */
export const isUsTown = (key: string): boolean => US_TOWNS.has(key)

const PARTY = /^[RD]$/
const COUNTY_WORDS = new Set(['county', 'counties', 'parish', 'parishes', 'township', 'twp'])
const SENTENCE_BREAK = /[.!?:;"“”(—–]\s*$/
const inHit = (segment: Segment, at: number) => segment.hits.some((hit) => hit.first <= at && at <= hit.last)

/** Words after those that finish the office's name: "City Council", "Police Department". */
const OFFICE_NAMES = new Set(
  (
    'council|department|schools|school|hall|manager|administrator|attorney|clerk|chief|officers|' +
    'officer|commission|board|recreation|district|police|committee|authority|said|says|is|are|was|were|' +
    'has|have|had|will|would|could|on|in|at|and'
  ).split('|'),
)
/**
 * British, Irish (and Canadian) copy, where these offices exist too: "Mr Smith" without a dot, pounds and
 * euros, "11.30pm", and spellings such as "realise", "centre", "neighbour", "aluminium".
 */
const BRITISH_STYLE = new RegExp(
  [
    '[£€]',
    '\\b(?:Mr|Mrs|Dr|Cllr) \\p{Lu}',
    '\\b\\d{1,2}\\.\\d\\d ?[ap]m\\b',
    'gardaí|\\b(?:[Gg]arda|[Cc]ouncil tax|[Cc]ouncillors?|whilst|fortnight|aluminium|programmes?|tyres?)\\b',
    '\\b(?:realis|organis|recognis|apologis|criticis)(?:e|ed|es|ing|ation)\\b',
    '\\b(?:centre|colour|neighbour|favour|labour|honour|metre|kilometre)(?:s|ed|hood)?\\b',
  ].join('|'),
  'u',
)
/** US offices and roads whatever the town: a sheriff's office, a selectman, "County Road 225", "Rep. Hawk". */
const US_OFFICE = new RegExp(
  [
    "\\bSheriff[’']s (?:Office|Department)\\b",
    '\\b[Ss]electm[ae]n\\b',
    '\\b(?:Volunteer Fire|Fire|Police) Department\\b',
    '\\bBoard of Education\\b',
    '\\b(?:County Road|State Route|Interstate) \\d+',
    '\\b(?:Rep|Gov)\\. \\p{Lu}',
  ].join('|'),
  'u',
)

/** The US town named by the one or two words before `at` ("Athens", "Rocky Hill"), if any. */
function townBefore(segment: Segment, at: number): boolean {
  const { tokens } = segment
  const last = tokens[at - 1]
  if (
    !last ||
    !CAPITALISED.test(last.text) ||
    last.possessive ||
    !SAME_SENTENCE_SPACE.test((tokens[at] as Token).gap)
  )
    return false
  const hit = segment.hits.find((h) => h.first <= at - 1 && at - 1 <= h.last)
  // a place the gazetteer knows counts only as a city abroad with a US namesake ("Athens")
  if (hit && !(hit.entry.type === 'country' && hit.entry.kind === 'city')) return false
  if (US_TOWNS.has(last.key)) return true
  const first = tokens[at - 2]
  return (
    !!first &&
    CAPITALISED.test(first.text) &&
    SAME_SENTENCE_SPACE.test(last.gap) &&
    US_TOWNS.has(`${first.key} ${last.key}`)
  )
}

/**
 * A US town's office ("Athens City Council", "Charleston police said") or a US office or road (US_OFFICE):
 * US local evidence, where the article names no other country and is not in British or Irish style.
 */
function namesUsOffice(segments: Segment[]): boolean {
  for (const segment of segments) {
    if (US_OFFICE.test(segment.text)) return true
    const { tokens } = segment
    for (let at = 1; at < tokens.length; at++) {
      const token = tokens[at] as Token
      // "Panama City" is a city's own name, not an office
      if (!TOWN_OFFICES.has(token.text) || inHit(segment, at) || !townBefore(segment, at)) continue
      const after = tokens[at + 1]
      const lowerOffice = token.text === 'police'
      if (lowerOffice || (after && SAME_SENTENCE_SPACE.test(after.gap) && OFFICE_NAMES.has(after.key)))
        return true
    }
  }
  return false
}

/** Words that follow a given name somewhere in the article ("Laura Bush"): people's names there. */
function namesAfterForenames(segments: Segment[]): Set<string> {
  const names = new Set<string>()
  for (const { tokens } of segments)
    for (let at = 1; at < tokens.length; at++) {
      const token = tokens[at] as Token
      const before = tokens[at - 1] as Token
      if (SAME_SENTENCE_SPACE.test(token.gap) && CAPITALISED.test(before.text) && isGivenName(before.key))
        names.add(token.key)
    }
  return names
}

/**
 * Whether the article reads as local news from the US, on evidence other than a country's name:
 * a county, parish or township ("Rapides Parish", "Hall County", "Readington Township"; one whose name is not a US town counts only when
 * the article names no other country, so "Nairobi County" stays Kenyan), or a US town that is the
 * largest of its name in the world ("Shreveport", "Pineville"), written mid-sentence and not as a
 * person's name; or a US town's office (see namesUsOffice). British or Irish copy ("Mr Smith", "£", see
 * BRITISH_STYLE) has counties and towns of these names too: there only a party and home count.
 * A state ("Springfield, Ill.") is read as its country by the gazetteer already.
 */
export function isUsLocal(segments: Segment[], otherCountryNamed: boolean): boolean {
  const british = segments.some((segment) => BRITISH_STYLE.test(segment.text))
  if (!british && !otherCountryNamed && namesUsOffice(segments)) return true
  let names: Set<string> | null = null
  for (const segment of segments) {
    const { tokens } = segment
    const titleCase = isTitleCase(tokens)
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token
      const before = tokens[at - 1]
      const county = !british && before !== undefined && COUNTY_WORDS.has(token.key)
      if (county && CAPITALISED.test(token.text) && SAME_SENTENCE_SPACE.test(token.gap)) {
        const named = CAPITALISED.test(before.text) && !inHit(segment, at - 1)
        if (named && (!otherCountryNamed || US_TOWNS.has(before.key))) return true
      }
      // "Westrom, R-Elbow Lake,", "(D-Ohio)": a US lawmaker's party and home.
      if (before && PARTY.test(before.text) && token.gap === '-' && CAPITALISED.test(token.text)) {
        const opened = tokens[at - 2] === undefined || /[,(]\s*$/.test(before.gap)
        if (opened) return true
      }
      if (british || titleCase || !CAPITALISED.test(token.text)) continue
      // A sentence may open with the town ("Joliet's building inspector says"), unless it is a common word.
      if ((at === 0 || SENTENCE_BREAK.test(token.gap)) && isCommonWord(token.key)) continue
      if (!LEADING_TOWNS.has(token.key) || inHit(segment, at)) continue
      const after = tokens[at + 1]
      if (after && SAME_SENTENCE_SPACE.test(after.gap) && CAPITALISED.test(after.text)) continue
      names ??= namesAfterForenames(segments)
      if (!names.has(token.key)) return true
    }
  }
  return false
}
