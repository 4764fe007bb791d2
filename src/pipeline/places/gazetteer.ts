import gazetteer from './data/gazetteer.json'
import m49 from './data/m49.json'

/** How a gazetteer term names its country: by name ("Pakistan", "US"), people ("Afghans") or a city. */
export type TermKind = 'name' | 'demonym' | 'city'

export type Term = { text: string; code: string; kind: TermKind }

/** Every country term: Newsmap's dictionary with this project's corrections (data/build-gazetteer.ts). */
export const TERMS: Term[] = gazetteer.terms.map(([text, code, kind]) => ({
  text: text ?? '',
  code: code ?? '',
  kind: kind as TermKind,
}))

const names: Record<string, string> = gazetteer.names
const countryRegions: Record<string, string> = m49.countryRegions

/** The M49 sub-regions (intermediate regions where M49 splits Africa and Latin America), by id. */
export const REGIONS: { id: string; name: string }[] = m49.regions.map(({ id, name }) => ({ id, name }))

/** A readable English name for an ISO alpha-2 code the gazetteer knows ("US" → "United States"). */
export function getCountryName(code: string): string | undefined {
  return names[code]
}

/** The id of the M49 sub-region an ISO alpha-2 country is in ("AF" → "southern-asia"). */
export function getCountryRegion(code: string): string | undefined {
  return countryRegions[code]
}

/** All ISO alpha-2 codes the gazetteer can name. */
export function listCountryCodes(): string[] {
  return Object.keys(names)
}
