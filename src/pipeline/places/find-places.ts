import type { ArticleCountry, Dateline, Region } from '../../lib/article.ts'
import { analyse, type ArticleText } from './analyse.ts'
import { countriesOf } from './countries.ts'
import { regionsOf } from './regions.ts'
import { isUsTown } from './us-local.ts'
import { hasNamesake } from './cities.ts'
import type { CountryMention } from './analyse.ts'

// Towns and provinces of one country that make a shared dateline city that country's.
const MIN_LOCAL_PLACES = 2

/**
 * "HYDERABAD:" over news of Jamshoro, Kotri and Sindh: a dateline city two countries share is the one in
 * the country whose own towns and provinces the article names (at least two), when it never names the
 * country the city alone would give. A capital keeps its country.
 */
function localNamesake(dateline: Dateline, mentions: readonly CountryMention[]): string | null {
  const home = dateline.country
  if (!home || mentions.some((m) => m.code === home)) return null
  const local = new Map<string, number>()
  for (const m of mentions) if (m.city || m.indirect) local.set(m.code, (local.get(m.code) ?? 0) + 1)
  const [best] = [...local.entries()].filter(([, n]) => n >= MIN_LOCAL_PLACES).sort((a, b) => b[1] - a[1])
  return best && hasNamesake(dateline.city, home, best[0]) ? best[0] : null
}

/**
 * The countries and regions of an article, from one scan of its text: countries with their roles (see
 * findCountries), then the regions of its dateline and subject countries and those its text names (see
 * findRegions). A dateline city that a US town shares ("MANSFIELD —", "HAMILTON —") is the US town in
 * US local news, whichever country the city alone would suggest, and a city two countries share is the one
 * the article's own towns and provinces point to (see localNamesake): the dateline's country comes back.
 */
export function findPlaces(
  text: ArticleText,
  dateline: Dateline | null,
): { countries: ArticleCountry[]; regions: Region[]; datelineCountry: string | null } {
  const { mentions, regions: named, usLocal } = analyse(text)
  const namesake =
    usLocal && dateline !== null && dateline.country !== 'US' && isUsTown(dateline.city.toLowerCase())
  const datelineCountry = namesake
    ? 'US'
    : dateline
      ? (localNamesake(dateline, mentions) ?? dateline.country)
      : null
  const countries = countriesOf(mentions, datelineCountry)
  return { countries, regions: regionsOf(countries, named), datelineCountry }
}
