import { readCountryHit, readRegionHit, readSubdivisionHit, type Reading, type Segment } from './context.ts'
import { isDemonymSense } from './demonym-senses.ts'
import { GEORGIA_COUNTRY_CITIES, GEORGIA_STATE_CITIES } from './data/context-words.ts'
import { REGION_PHRASES } from './data/phrases.ts'
import { scan, tokenize, type Hit, type Token } from './matcher.ts'
import { isListedUsTown, readTownUse, type TownUse } from './town-use.ts'
import { isUsLocal, isUsTown } from './us-local.ts'

export type ArticleText = { title: string; summary: string[]; paragraphs: string[] }

/** A country named once in the text. `order` is its place in reading order (title, summary, body). */
export type CountryMention = {
  code: string
  inTitle: boolean
  order: number
  /** Named through one of its states or provinces ("Khyber Pakhtunkhwa"), not by the country's own name. */
  indirect?: true
  /** Named through one of its cities ("Kotri", "Peshawar"). */
  city?: true
}

/** `either`: the countries an ambiguous province may belong to ("Punjab"); the article's others decide. */
type Found = CountryMention & {
  surface: string
  reading: Reading
  either?: string[]
  city?: true
  /** A country's name written as a US town's ("a Lebanon woman"), see town-use.ts. */
  town?: TownUse
}

const COMPASS = new Set(['South', 'North', 'East', 'West', 'Central', 'Southeast', 'Northeast', 'Southern'])
for (const word of ['Northern', 'Eastern', 'Western', 'Middle']) COMPASS.add(word)
const REGION_BY_PHRASE = new Map(REGION_PHRASES)
const HYPHEN = /^[-‐‑–]$/

/** "between South and Central Asia": the compass words before "and" that share the region's noun. */
function coordinatedRegions(segment: Segment, hit: Hit): string[] {
  const { tokens } = segment
  const noun = tokens
    .slice(hit.first + 1, hit.last + 1)
    .map((token) => token.text)
    .join(' ')
  if (!noun || tokens[hit.first - 1]?.key !== 'and') return []
  const found: string[] = []
  for (let at = hit.first - 2; at >= 0; at--) {
    const word = tokens[at] as Token
    if (!COMPASS.has(word.text)) break
    found.push(...(REGION_BY_PHRASE.get(`${word.text} ${noun}`) ?? []))
    if (!/^,\s*$/.test(word.gap)) break
  }
  return found
}

/** Reads a segment's hits into `found` and `regions`; `order` counts mentions across the article. */
function read(segment: Segment, inTitle: boolean, order: number, found: Found[], regions: string[]): number {
  const { hits, tokens } = segment
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index] as Hit
    const { entry } = hit
    const surface = (tokens[hit.first] as Token).text
    if (entry.type === 'country') {
      const town = entry.kind === 'name' ? readTownUse(segment, hit) : null
      const usTown = entry.kind === 'city' && entry.code !== 'US' && isListedUsTown(segment, hit)
      const notCountry = usTown || (entry.kind === 'demonym' && isDemonymSense(segment, hit))
      found.push({
        code: entry.code,
        inTitle,
        order: order++,
        surface,
        reading: notCountry ? 'not-a-country' : readCountryHit(segment, index),
        ...(entry.kind === 'city' ? { city: true as const } : {}),
        ...(town ? { town } : {}),
      })
    } else if (entry.type === 'subdivision') {
      // "Khyber Pakhtunkhwa", "Alberta", "Ohio": a state or province names its country.
      found.push({
        code: entry.code,
        inTitle,
        order: order++,
        surface,
        reading: readSubdivisionHit(segment, index),
        indirect: true,
        ...(entry.codes.length > 1 ? { either: entry.codes } : {}),
      })
    } else if (entry.type === 'combining') {
      // "Sino-US": only before a hyphen and another country
      const next = hits[index + 1]
      const nextToken = tokens[hit.last + 1]
      const paired = next?.first === hit.last + 1 && HYPHEN.test(nextToken?.gap ?? '')
      if (paired && (next.entry.type === 'country' || next.entry.type === 'combining'))
        found.push({ code: entry.code, inTitle, order: order++, surface, reading: 'country' })
    } else if (entry.type === 'region' && readRegionHit(segment, hit)) {
      regions.push(...coordinatedRegions(segment, hit).reverse(), ...entry.regions)
    }
  }
  return order
}

/**
 * The country names written as US towns' ("a Lebanon woman"; `weak` uses too when `weakToo`), by lower-case
 * name: a name once a town's stays one, unless the article names that country some other way ("Lebanese").
 */
function townNames(found: Found[], weakToo: boolean): Set<string> {
  const names = new Map<string, string>()
  for (const f of found)
    if (f.town === 'strong' || (weakToo && f.town === 'weak')) names.set(f.surface.toLowerCase(), f.code)
  const namedOtherwise = (key: string, code: string) =>
    found.some((o) => o.code === code && o.reading === 'country' && o.surface.toLowerCase() !== key)
  return new Set([...names].filter(([key, code]) => !namedOtherwise(key, code)).map(([key]) => key))
}

/** Article-wide readings: a name once a person stays one; Georgia with Atlanta is the state; Congo. */
function settle(found: Found[], segments: Segment[], usLocal: boolean, towns: Set<string>): Found[] {
  // "ATLANTA —" in a dateline is Atlanta too.
  const titled = (text: string) => text.charAt(0) + text.slice(1).toLowerCase()
  const names = (cities: Set<string>) =>
    segments.some((s) => s.tokens.some((token) => cities.has(token.text) || cities.has(titled(token.text))))
  const people = new Set(found.filter((f) => f.reading === 'person').map((f) => f.surface))
  const georgia = found.some((f) => f.surface === 'Georgia')
  const georgiaCountry =
    georgia &&
    (found.some((f) => f.code === 'GE' && f.surface !== 'Georgia' && f.reading === 'country') ||
      names(GEORGIA_COUNTRY_CITIES))
  const georgiaState =
    georgia && (usLocal || found.some((f) => f.reading === 'us-state') || names(GEORGIA_STATE_CITIES))
  const stateOfGeorgia = (f: Found) =>
    f.surface === 'Georgia' && (f.reading === 'us-state' || (georgiaState && !georgiaCountry))
  const kept = found
    // "Atlanta, Georgia": the state is a mention of the US.
    .map((f): Found => (stateOfGeorgia(f) ? { ...f, code: 'US', reading: 'country', indirect: true } : f))
    .filter((f) => f.reading === 'country' && !people.has(f.surface) && !towns.has(f.surface.toLowerCase()))
    .filter((f) => !(usLocal && isUsNamesake(f, found)))
  // Bare "Congo" is DR Congo (agency style) unless the article names only the Republic of the Congo.
  const bareCongo = (f: Found) => f.code === 'CD' && (f.surface === 'Congo' || f.surface === 'Congolese')
  const republicOnly =
    kept.some((f) => f.code === 'CG') && !kept.some((f) => f.code === 'CD' && !bareCongo(f))
  // A province two countries share goes with the one the article names outright, or with neither.
  const named = new Set(kept.filter((f) => !f.either).map((f) => f.code))
  return kept.flatMap((f) => {
    if (f.either) {
      const code = f.either.find((c) => named.has(c))
      return code ? [{ ...f, code }] : []
    }
    return [republicOnly && bareCongo(f) ? { ...f, code: 'CG' } : f]
  })
}

/**
 * In US local news, a world city with a US namesake ("Athens", "Dublin") is the US town, unless the
 * article names its country, or another of its places, some other way.
 */
function isUsNamesake(f: Found, found: Found[]): boolean {
  if (!f.city || f.code === 'US' || !isUsTown(f.surface.toLowerCase())) return false
  return !found.some((o) => o.code === f.code && o.reading === 'country' && o.surface !== f.surface)
}

/** Mentions in reading order, the regions named, and whether the article reads as US local news. */
type Analysis = { mentions: CountryMention[]; regions: string[]; usLocal: boolean }

/** Scans an article's title, summary and body once for country mentions and the regions it names. */
export function analyse(text: ArticleText): Analysis {
  return scanParts([text.title, ...text.summary, ...text.paragraphs])
}

function scanParts(parts: string[]): Analysis {
  let order = 0
  const regions: string[] = []
  const found: Found[] = []
  const segments: Segment[] = []
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string
    const tokens = tokenize(part)
    const segment: Segment = { text: part, tokens, hits: scan(tokens) }
    order = read(segment, index === 0, order, found, regions)
    segments.push(segment)
  }
  // Georgia may be the state, and "Ann Ray of Lebanon" may live in a US town: neither counts as another
  // country when telling whether the story is US local news.
  const maybeTowns = townNames(found, true)
  const named = found.some(
    (f) =>
      f.reading === 'country' &&
      f.code !== 'US' &&
      !f.city &&
      f.surface !== 'Georgia' &&
      !maybeTowns.has(f.surface.toLowerCase()),
  )
  const strongTowns = townNames(found, false)
  const usLocal = strongTowns.size > 0 || isUsLocal(segments, named)
  const settled = settle(found, segments, usLocal, usLocal ? maybeTowns : strongTowns)
  // The US of local news, even where its one place named turned out to be a person ("Ann Fairfield").
  if (usLocal && !settled.some((f) => f.code === 'US'))
    settled.push({ code: 'US', inTitle: false, order, surface: '', reading: 'country', indirect: true })
  const mentions = settled.map(({ code, inTitle, order, indirect, city }) => ({
    code,
    inTitle,
    order,
    ...(indirect ? { indirect } : {}),
    ...(city ? { city } : {}),
  }))
  return { mentions, regions, usLocal }
}
