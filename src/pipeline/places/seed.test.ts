import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'
import { findRegions } from './regions.ts'
import { seedIslamabad, seedKabul } from '../fixtures/seed-articles.ts'

const byRole = (countries: { code: string; role: string }[], role: string) =>
  countries.filter((country) => country.role === role).map((country) => country.code)

test('the Kabul seed article: dateline AF, subjects AF PK US, the neighbours and hosts mentioned', () => {
  const countries = findCountries({ ...seedKabul, datelineCountry: 'AF' })
  const codes = countries.map((country) => country.code)
  expect(byRole(countries, 'dateline')).toEqual(['AF'])
  expect(byRole(countries, 'subject').sort()).toEqual(['PK', 'US'])
  expect(byRole(countries, 'mentioned').sort()).toEqual(['AZ', 'CN', 'IN', 'IR', 'QA', 'RU'])
  for (const code of ['EU', 'GB', 'DE', 'FR', 'KZ', 'UZ', 'TJ', 'TM', 'KG']) expect(codes).not.toContain(code)
})

test('the Kabul seed article names Southern and Central Asia', () => {
  const countries = findCountries({ ...seedKabul, datelineCountry: 'AF' })
  const ids = findRegions({ ...seedKabul, countries }).map((region) => region.id)
  expect(ids).toEqual(expect.arrayContaining(['southern-asia', 'central-asia']))
})

test('the Islamabad seed article: dateline PK, Iran a subject from the headline, no European country', () => {
  const countries = findCountries({ ...seedIslamabad, datelineCountry: 'PK' })
  expect(countries.map((country) => `${country.code} ${country.role}`)).toEqual(['PK dateline', 'IR subject'])
  const ids = findRegions({ ...seedIslamabad, countries }).map((region) => region.id)
  expect(ids).toEqual(['southern-asia'])
})
