import type { ArticleCountry, Region } from '../../lib/article.ts'
import { analyse, type ArticleText } from './analyse.ts'
import { countriesOf } from './countries.ts'
import { regionsOf } from './regions.ts'

/**
 * The countries and regions of an article, from one scan of its text: countries with their roles (see
 * findCountries), then the regions of its dateline and subject countries and those its text names (see
 * findRegions).
 */
export function findPlaces(
  text: ArticleText,
  datelineCountry: string | null,
): { countries: ArticleCountry[]; regions: Region[] } {
  const { mentions, regions: named } = analyse(text)
  const countries = countriesOf(mentions, datelineCountry)
  return { countries, regions: regionsOf(countries, named) }
}
