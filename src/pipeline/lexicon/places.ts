import countryNames from 'i18n-iso-countries/langs/en.json'
import { SUBDIVISIONS } from '../places/data/subdivisions.ts'
import { TERMS } from '../places/gazetteer.ts'
import lists from './word-lists.json'
import { nameKey } from '../words/name-key.ts'
import { wordSet } from './word-list.ts'
import places from './places.json'

// The one answer to "is this a place?" for every stage: names, speakers and the People list.

const isoNames: string[] = Object.values(countryNames.countries).flat()
// Country names with their short forms, states and provinces, and the gazetteer's names.
const PLACE_NAMES: ReadonlySet<string> = new Set(
  [
    ...isoNames,
    ...SUBDIVISIONS.map(([name]) => name),
    ...TERMS.filter((t) => t.kind === 'name').map((t) => t.text),
  ].map((name) => name.toLowerCase()),
)
/** Geographic, calendar, faith and language words: one alone never names a speaker ("Saturday", "Asian"). */
export const GENERIC_PLACE_WORDS: ReadonlySet<string> = new Set(lists.placeWords)
/** Those words and one-word country names ("Pakistan"), lower-case. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...lists.placeWords,
  ...isoNames.filter((n) => !n.includes(' ')).map((n) => n.toLowerCase()),
])

const countries = new Set(places.countries.map(nameKey))
const otherPlaces = new Set(places.places.map(nameKey))
const demonyms = new Set(places.demonyms.map(nameKey))
const demonymPrefixes = new Set(places.demonymPrefixes)
const demonymSuffixes = ['', 's', 'es', 'ish']
// Endings of South Asian and Central Asian place names ("-stan", "-abad", "-pur").
const placeSuffixes = ['stan', 'abad', 'pur', 'garh', 'nagar', 'shahr', 'kot', 'pura', 'ville']

/** Extra place names common in the region's news that the generated lists lack. */
const extraPlaces = wordSet(`
  middle east, south asia, central asia, east asia, southeast asia, west asia, gulf, persian gulf,
  gaza strip, west bank, golan heights, strait of hormuz, horn of africa, sahel, levant, indo-pacific,
  balkans, caucasus, khyber pakhtunkhwa, balochistan, baluchistan, sindh, gilgit-baltistan, azad kashmir,
  kashmir, jammu, ladakh, waziristan, federally administered tribal areas, helmand, nangarhar, kunar,
  kunduz, panjshir, badakhshan, khost, paktia, paktika, ghazni, herat, balkh, mazar-i-sharif, peshawar,
  quetta, multan, gwadar, chitral, swat, bajaur, kurram, khyber, torkham, chaman, dera ismail khan,
  sistan, baluchestan, khuzestan, kurdistan, idlib, raqqa, rafah, khan younis, jabalia, nablus, jenin,
  hebron, ramallah, tel aviv, sanaa, aden, hodeidah, marib, erbil, fallujah, darfur, tigray, donbas,
  donetsk, luhansk, zaporizhzhia, kherson, xinjiang, tibet, punjab, europe, asia, africa, america
`)

// isPlace's lookups, one set each: by lower case, and by name key.
const PLACE_NAMES_OR_WORDS: ReadonlySet<string> = new Set([...PLACE_NAMES, ...PLACE_WORDS])
const PLACE_KEYS: ReadonlySet<string> = new Set([...countries, ...otherPlaces, ...extraPlaces, ...demonyms])

/**
 * A place by its whole text, as any stage asks it: a country or its short form ("US", "UAE"), a demonym
 * ("Afghan", "Pakistanis"), a state or province, a city or region, or a geographic, calendar or faith word
 * ("Gulf", "Friday"). One alone never names a person; a place that speaks stands for its government.
 */
export function isPlace(text: string): boolean {
  if (PLACE_NAMES_OR_WORDS.has(text.toLowerCase())) return true
  const key = nameKey(text)
  if (PLACE_KEYS.has(key) || isDemonymForm(key)) return true
  if (key.includes(' ')) return false
  for (const suffix of placeSuffixes) if (key.length > suffix.length + 2 && key.endsWith(suffix)) return true
  return false
}

/** A country, state or province by its name ("Ohio", "Punjab"), never a city. */
export const isCountryOrSubdivision = (text: string): boolean => PLACE_NAMES.has(text.toLowerCase())

/** A country or demonym: a word that never belongs inside a person's name. */
export function isCountryOrDemonym(text: string): boolean {
  const key = nameKey(text)
  return countries.has(key) || isDemonym(key)
}

function isDemonym(key: string): boolean {
  return demonyms.has(key) || isDemonymForm(key)
}

/** A known demonym's stem with an ending: "Afghans", "Britons", "Kurdish". */
function isDemonymForm(key: string): boolean {
  for (const suffix of demonymSuffixes) {
    if (suffix && !key.endsWith(suffix)) continue
    if (demonymPrefixes.has(key.slice(0, key.length - suffix.length))) return true
  }
  return false
}
