import type { ArticleCountry, Dateline, Region } from '../../lib/article.ts'
import { analyse, type ArticleText } from './analyse.ts'
import { countriesOf } from './countries.ts'
import { regionsOf } from './regions.ts'
import { isUsTown } from './us-local.ts'

/**
 * The countries and regions of an article, from one scan of its text: countries with their roles (see
 * findCountries), then the regions of its dateline and subject countries and those its text names (see
 * findRegions). A dateline city that a US town shares ("MANSFIELD —", "HAMILTON —") is the US town in
 * US local news, whichever country the city alone would suggest: the dateline's country comes back with it.
 */
export function findPlaces(
  text: ArticleText,
  dateline: Dateline | null,
): { countries: ArticleCountry[]; regions: Region[]; datelineCountry: string | null } {
  const { mentions, regions: named, usLocal } = analyse(text)
  const namesake =
    usLocal && dateline !== null && dateline.country !== 'US' && isUsTown(dateline.city.toLowerCase())
  const datelineCountry = namesake ? 'US' : (dateline?.country ?? null)
  const countries = countriesOf(mentions, datelineCountry)
  return { countries, regions: regionsOf(countries, named), datelineCountry }
}
