import countries from 'i18n-iso-countries'
import { expect, test } from 'vitest'
import { REGION_PHRASES } from './data/phrases.ts'
import { getCountryName, getCountryRegion, listCountryCodes, REGIONS, TERMS } from './gazetteer.ts'

test('every term names a valid ISO 3166-1 alpha-2 code', () => {
  const invalid = TERMS.filter((term) => !countries.isValid(term.code))
  expect(invalid).toEqual([])
})

test('every term is listed once', () => {
  const texts = TERMS.map((term) => term.text)
  expect(new Set(texts).size).toBe(texts.length)
})

test('every country of the gazetteer has a display name and exactly one known M49 sub-region', () => {
  const ids = new Set(REGIONS.map((region) => region.id))
  for (const code of listCountryCodes()) {
    expect(getCountryName(code), code).toMatch(/^\p{Lu}/u)
    expect(ids.has(getCountryRegion(code) ?? ''), code).toBe(true)
  }
})

test('region ids are unique slugs and none is a country code', () => {
  const ids = REGIONS.map((region) => region.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of ids) {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)+$|^caribbean$|^melanesia$|^micronesia$|^polynesia$/)
    expect(countries.isValid(id.toUpperCase())).toBe(false)
  }
})

test('every region phrase points at a known region id', () => {
  const ids = new Set(REGIONS.map((region) => region.id))
  const unknown = REGION_PHRASES.flatMap(([, regions]) => regions).filter((id) => !ids.has(id))
  expect(unknown).toEqual([])
})

test('display names are short forms, not official long names', () => {
  expect(getCountryName('US')).toBe('United States')
  expect(getCountryName('IR')).toBe('Iran')
  expect(getCountryName('KR')).toBe('South Korea')
  expect(getCountryName('AF')).toBe('Afghanistan')
})
