import type { Segment } from './context.ts'
import { CAPITALISED, SAME_SENTENCE_SPACE, type Hit, type Token } from './matcher.ts'
import { TOWN_BODIES } from './data/context-words.ts'
import { isUsTown } from './us-local.ts'

/**
 * How a country's name is written when it names a US town of that name ("a Lebanon woman"):
 * `strong` where no one writes so of the country; `weak` ("Ann Brown of Lebanon") where the country reads
 * the same way ("President Aoun of Lebanon") and only US local news makes it the town.
 */
export type TownUse = 'strong' | 'weak'

/** Lower-case words after a name that make it a town's people or services: "a Palestine man". */
const TOWN_PEOPLE = new Set(
  (
    'man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|native|couple|family|' +
    'motorcyclist|driver|homeowner|police|officer|officers|firefighters|city|council|mayor|schools'
  ).split('|'),
)

/** Words after a name that make it a US county's or township's, whatever the name: "Guernsey County". */
const COUNTY_WORDS = new Set(['County', 'Counties', 'Parish', 'Township'])

/** The end of a street address before the town: "400 S. Locust St., Lebanon". */
const STREET_WORDS = new Set(
  'st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|pike|hwy'.split('|'),
)

/** Titles before "of" that make the name a country's: "King Abdullah of Jordan". */
const TITLES = new Set('King|Queen|Prince|Princess|Emir|Sultan|President|Premier|Minister|Sheikh'.split('|'))

const COMMA = /^\.?,\s*$/
const NUMBER = /^\d+$/

/** "Palestine, Texas": a US state after the comma, not the first of a list ("Mexico, Texas and Arizona"). */
function stateAfter(segment: Segment, hit: Hit): boolean {
  const { tokens, hits } = segment
  const next = hits.find((other) => other.first === hit.last + 1)
  if (!next || next.entry.type !== 'subdivision' || next.entry.code !== 'US') return false
  if (!COMMA.test((tokens[next.first] as Token).gap)) return false
  const after = tokens[next.last + 1]
  if (after && (after.key === 'and' || after.key === 'or')) return false
  return !(after && COMMA.test(after.gap) && hits.some((other) => other.first === next.last + 1))
}

/**
 * Whether this mention of a country's name is written as a US town's ("a Lebanon woman", "Lebanon
 * Police", "Joe Ray, 60, Lebanon", "400 Main St., Lebanon", "Palestine, Texas"), or as a county's
 * ("Guernsey County"); null when it reads as the country.
 */
export function readTownUse(segment: Segment, hit: Hit): TownUse | null {
  const { tokens } = segment
  const token = tokens[hit.first] as Token
  const after = tokens[hit.last + 1]
  const followed = after !== undefined && SAME_SENTENCE_SPACE.test(after.gap) && !token.possessive
  if (followed && COUNTY_WORDS.has(after.text)) return 'strong'
  if (!isUsTown(token.key)) return null
  if (followed && (TOWN_BODIES.has(after.text) || TOWN_PEOPLE.has(after.text))) return 'strong'
  if (stateAfter(segment, hit)) return 'strong'
  const before = tokens[hit.first - 1]
  const earlier = tokens[hit.first - 2]
  if (!before || !earlier) return null
  // "Joe Ray, 60, Lebanon," and "400 Main St., Lebanon": a local list of name, age and town, or an address
  if (COMMA.test(token.gap)) {
    if (NUMBER.test(before.text) && COMMA.test(before.gap) && CAPITALISED.test(earlier.text)) return 'strong'
    if (STREET_WORDS.has(before.key) && CAPITALISED.test(before.text)) return 'strong'
  }
  // "Pamela Ray of Lebanon", "Gary Ray, 54, of Lebanon"; not "King Abdullah of Jordan"
  if (before.key !== 'of' || !SAME_SENTENCE_SPACE.test(token.gap)) return null
  const titled = tokens.slice(Math.max(0, hit.first - 4), hit.first - 1).some((word) => TITLES.has(word.text))
  return !titled && (NUMBER.test(earlier.text) || CAPITALISED.test(earlier.text)) ? 'weak' : null
}

const LIST_WORDS = new Set(['and', 'or'])

/** Whether the hit right before or after `hit` in a list ("Tampa, Orlando and Gainesville") is a US place. */
function listedWithUs(segment: Segment, hit: Hit): boolean {
  const { tokens, hits } = segment
  const isUs = (other: Hit | undefined) =>
    other !== undefined &&
    (other.entry.type === 'country' || other.entry.type === 'subdivision') &&
    other.entry.code === 'US'
  const first = tokens[hit.first] as Token
  const joinBefore = tokens[hit.first - 1]
  const beforeEnd = LIST_WORDS.has(joinBefore?.key ?? '')
    ? hit.first - 2
    : COMMA.test(first.gap)
      ? hit.first - 1
      : -1
  if (beforeEnd >= 0 && isUs(hits.find((other) => other.last === beforeEnd))) return true
  const next = tokens[hit.last + 1]
  if (!next) return false
  const afterStart = LIST_WORDS.has(next.key) ? hit.last + 2 : COMMA.test(next.gap) ? hit.last + 1 : -1
  return afterStart >= 0 && isUs(hits.find((other) => other.first === afterStart))
}

/**
 * A city abroad listed with US places, whose name a US town bears too: "Tampa, Pensacola, Panama City and
 * Gainesville" names Florida's Panama City.
 */
export function isListedUsTown(segment: Segment, hit: Hit): boolean {
  const key = segment.tokens
    .slice(hit.first, hit.last + 1)
    .map((token) => token.key)
    .join(' ')
  return isUsTown(key) && listedWithUs(segment, hit)
}
