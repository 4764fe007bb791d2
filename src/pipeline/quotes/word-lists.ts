import countries from 'i18n-iso-countries/langs/en.json'
import { SUBDIVISIONS } from '../geo/data/subdivisions.ts'
import { TERMS } from '../geo/gazetteer.ts'
import lists from './word-lists.json'

// Sets are built once at module load so every lookup during extraction is O(1).
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words)

export const TITLES = set(lists.titles)
export const TITLE_ACRONYMS: Readonly<Record<string, string>> = lists.titleAcronyms
export const FEMALE_TITLES = set(lists.femaleTitles)
export const MALE_TITLES = set(lists.maleTitles)
export const ORG_WORDS = set(lists.orgWords)
export const ANONYMOUS_NOUNS = set(lists.anonymousNouns)
export const ROLE_NOUNS = set(lists.roleNouns)
export const ORG_NOUNS = set(lists.orgNouns)
export const DOC_NOUNS = set(lists.docNouns)
export const DEFINITE = set(lists.determiners.definite)
export const INDEFINITE = set(lists.determiners.indefinite)
export const PRONOUNS = set(lists.pronouns)
export const NAME_CONNECTORS = set(lists.nameConnectors)
export const FUNCTION_WORDS = set(lists.functionWords)
export const CUT_WORDS = set(lists.cutWords)
export const AUXILIARIES = set(lists.auxiliaries)
export const RELATIVE_STARTS = set(lists.relativeStarts)
export const ANONYMITY_CUES: readonly string[] = lists.anonymityCues
export const WORK_MARKERS = set(lists.workMarkers)
export const SMALL_TITLE_WORDS = set(lists.smallTitleWords)
export const ABBREVIATIONS = set(lists.abbreviations)
export const ELISIONS = set(lists.elisions)

// Country names (with their short forms: "US", "UAE", "Britain") and geographic words are places, never
// people; a place named as a speaker ("Pakistan said") stands for its government, a body.
const countryNames: string[] = Object.values(countries.countries).flat()
// States and provinces too, from the subdivision table and the gazetteer's names: "California said",
// "Balochistan said" is the government there, never a person.
const PLACE_NAMES = set(
  [
    ...countryNames,
    ...SUBDIVISIONS.map(([name]) => name),
    ...TERMS.filter((term) => term.kind === 'name').map((term) => term.text),
  ].map((name) => name.toLowerCase()),
)
/** Geographic, calendar, faith and language words: one alone never names a speaker ("Saturday", "Asian"). */
export const GENERIC_PLACE_WORDS = set(lists.placeWords)
export const PLACE_WORDS = set([
  ...lists.placeWords,
  ...countryNames.filter((n) => !n.includes(' ')).map((n) => n.toLowerCase()),
])

/** True for a country, state or province name or a geographic / calendar word ("Saudi Arabia", "Ohio", "Friday"). */
export function isPlace(words: string): boolean {
  const lower = words.toLowerCase()
  return PLACE_NAMES.has(lower) || PLACE_WORDS.has(lower)
}
