import type { Dateline } from '../../lib/article.ts'

/** Finds the city and country a dateline names ("TEHRAN", "GAZA CITY, Gaza Strip"); null when unknown. */
export type PlaceLookup = (place: string) => { city: string; country: string } | null

// CITY[, Area][ (Agency)] separator — e.g. "TEHRAN:", "GAZA CITY, Gaza Strip —", "NEW DELHI, Nov 27 (Reuters) -"
const UPPER_PLACE = /^([A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,4})/
const TITLE_PLACE = /^([A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,3})/
const AREA = /^,\s+([A-Za-z][\w.'’\- ]{0,30}?)(?=\s*(?:\(|[:—–]|\s-{1,2}\s))/
const AGENCY = /^\s*\(([^()]{1,30})\)/
const SEPARATOR = /^\s*(?::|—|–|\s-{1,2})\s*/
const NOT_PLACES = new Set([
  'BREAKING',
  'UPDATE',
  'UPDATED',
  'NOTE',
  'EXCLUSIVE',
  'WATCH',
  'READ MORE',
  'ANALYSIS',
  'OPINION',
  'BREAKING NEWS',
  'LIVE',
  'LIVE UPDATES',
  'UPDATES',
  'THE LATEST',
  'VIDEO',
  'PHOTOS',
  'EDITORIAL',
  'COMMENT',
  'CORRECTION',
  'FACT CHECK',
  'EXPLAINER',
  'INTERVIEW',
  'REVIEW',
  'FEATURE',
  'SPONSORED',
])

/**
 * Splits a dateline off the start of a first body paragraph: `TEHRAN:`, `KARACHI:`, `Washington (AFP) –`,
 * `GAZA CITY, Gaza Strip —`. Upper-case places are datelines even when the gazetteer does not know them;
 * title-case places must be known places, so an ordinary sentence opening is never taken for one.
 */
export function splitDateline(
  paragraph: string,
  lookup: PlaceLookup,
): { dateline: Dateline; rest: string; agency: string | null } | null {
  const upper = UPPER_PLACE.exec(paragraph)
  if (upper?.[1] && /[A-Z]{2}/.test(upper[1]) && !NOT_PLACES.has(upper[1])) {
    const found = readAfterPlace(paragraph, upper[1])
    if (found) {
      const known = lookup(found.place)
      const dateline = known ?? { city: titleCase(upper[1]), country: null }
      return { dateline, rest: found.rest, agency: found.agency }
    }
  }
  const title = TITLE_PLACE.exec(paragraph)
  if (title?.[1]) {
    const found = readAfterPlace(paragraph, title[1])
    const known = found && lookup(found.place)
    if (found && known) return { dateline: known, rest: found.rest, agency: found.agency }
  }
  return null
}

function readAfterPlace(
  paragraph: string,
  city: string,
): { place: string; rest: string; agency: string | null } | null {
  let at = city.length
  let place = city
  const area = AREA.exec(paragraph.slice(at))
  if (area?.[1]) {
    at += area[0].length
    // A date after the city ("NEW DELHI, Nov 27") is not part of the place.
    if (!/\d/.test(area[1])) place = `${city}, ${area[1].trim()}`
  }
  const agency = AGENCY.exec(paragraph.slice(at))
  if (agency) at += agency[0].length
  const separator = SEPARATOR.exec(paragraph.slice(at))
  if (!separator) return null
  const rest = paragraph.slice(at + separator[0].length)
  if (!/\p{L}/u.test(rest)) return null
  return { place, rest, agency: agency?.[1]?.trim() ?? null }
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}
