import type { ArticleCountry, Region } from '../../lib/article.ts'
import { analyse, type ArticleText } from './analyse.ts'
import { getCountryRegion, REGIONS } from './gazetteer.ts'

const NAMES = new Map(REGIONS.map((region) => [region.id, region.name]))

/**
 * The UN M49 sub-regions of an article: those of its dateline and subject countries first (in their
 * order), then those the text names ("Southeast Asian nations" → south-eastern-asia, "the Middle East" →
 * western-asia; the full mapping is in data/phrases.ts). Countries only mentioned in passing add none.
 */
export function findRegions(input: ArticleText & { countries: ArticleCountry[] }): Region[] {
  return regionsOf(input.countries, analyse(input).regions)
}

/** The regions of an article from its countries and the region names its text holds (see findRegions). */
export function regionsOf(countries: readonly ArticleCountry[], named: readonly string[]): Region[] {
  const fromCountries = countries
    .filter((country) => country.role !== 'mentioned')
    .map((country) => getCountryRegion(country.code))
  const ids = new Set([...fromCountries, ...named])
  return [...ids].flatMap((id) => {
    const name = id === undefined ? undefined : NAMES.get(id)
    return id !== undefined && name !== undefined ? [{ id, name }] : []
  })
}

/** The name of an M49 sub-region id ("southern-asia" → "Southern Asia"); undefined for unknown ids. */
export function getRegionName(id: string): string | undefined {
  return NAMES.get(id)
}

/** Every M49 sub-region, sorted by id. */
export function listRegions(): Region[] {
  return REGIONS.map((region) => ({ ...region }))
}
