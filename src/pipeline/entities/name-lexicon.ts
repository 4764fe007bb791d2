import concepts from '../topics/data/mediatopics.json'
import places from './data/places.json'
import { notNameWords, placeSuffixes, sentenceStarters } from './entity-words.ts'
import { knownOrgs, type KnownOrg } from './known-orgs.ts'
import { wordSet } from './word-list.ts'

/** Lower-case key for comparing names: hyphens and spaces alike, no diacritics, no dots. */
export function nameKey(text: string): string {
  const cached = keyCache.get(text)
  if (cached !== undefined) return cached
  if (keyCache.size > 50_000) keyCache.clear()
  const key = computeKey(text)
  keyCache.set(text, key)
  return key
}

// Names recur across articles; computing a key is a chain of regular expressions.
const keyCache = new Map<string, string>()

function computeKey(text: string): string {
  const folded = /[^ -~\s]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  return folded
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[-\s.]+/g, ' ')
    .trim()
}

const countries = new Set(places.countries.map(nameKey))
const otherPlaces = new Set(places.places.map(nameKey))
const demonyms = new Set(places.demonyms.map(nameKey))
const demonymPrefixes = new Set(places.demonymPrefixes)
const demonymSuffixes = ['', 's', 'es', 'ish']

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

/** A country, demonym ("Afghan", "Pakistanis") or other place, by its whole text. */
export function isPlace(text: string): boolean {
  const key = nameKey(text)
  if (countries.has(key) || otherPlaces.has(key) || extraPlaces.has(key) || isDemonym(key)) return true
  return !key.includes(' ') && placeSuffixes.some((s) => key.endsWith(s) && key.length > s.length + 2)
}

/** A country or demonym: a word that never belongs inside a person's name. */
export function isCountryOrDemonym(text: string): boolean {
  const key = nameKey(text)
  return countries.has(key) || isDemonym(key)
}

function isDemonym(key: string): boolean {
  if (demonyms.has(key)) return true
  for (const suffix of demonymSuffixes) {
    if (suffix && !key.endsWith(suffix)) continue
    if (demonymPrefixes.has(key.slice(0, key.length - suffix.length))) return true
  }
  return false
}

/**
 * Ordinary English words, capitalised or not: the lower-case words of IPTC's topic definitions plus
 * words that open sentences. A run made only of these ("Annual Summit", "Climate Studies") is not
 * a person's name.
 */
const commonWords = new Set<string>([...sentenceStarters, ...notNameWords])
for (const concept of concepts) {
  for (const word of `${concept.name} ${concept.definition}`.match(/\b[a-z][a-z-]+\b/g) ?? [])
    commonWords.add(word)
}
// Words of office and institution names ("Vice President", "Chamber of Commerce", "Relief Agency") that the
// IPTC definitions do not use.
for (const word of wordSet(`
  conference, strategic, prime, united, deputy, vice, relief, rescue, recovery, commerce, cooperation
`)) {
  commonWords.add(word)
}

export function isCommonWord(word: string): boolean {
  return commonWords.has(word.toLowerCase())
}

const knownByKey = new Map<string, KnownOrg>()
for (const org of knownOrgs) {
  for (const form of [org.name, ...org.aliases]) knownByKey.set(nameKey(form), org)
}
const knownByAcronym = new Map(knownOrgs.flatMap((o) => (o.acronym ? [[o.acronym, o] as const] : [])))

/** A well-known organisation by any of its spellings ("al-Qaida" → Al-Qaeda) or its acronym ("NATO"). */
export function findKnownOrg(text: string): KnownOrg | undefined {
  return knownByAcronym.get(text) ?? knownByKey.get(nameKey(text))
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const knownForms = knownOrgs
  .flatMap((o) => [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])])
  .sort((a, b) => b.length - a.length)
const knownPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${knownForms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
)

/** Every well-known organisation named in a text, by exact spelling (for Headline Case segments). */
export function findKnownOrgsIn(text: string): { org: KnownOrg; text: string }[] {
  return [...text.matchAll(knownPattern)].flatMap((m) => {
    const org = findKnownOrg(m[0])
    return org ? [{ org, text: m[0] }] : []
  })
}
