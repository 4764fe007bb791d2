import { expect, test } from 'vitest'
import { lookupCity } from './cities.ts'

test('a capital in capitals is shown in title case with its country', () => {
  expect(lookupCity('KABUL')).toEqual({ city: 'Kabul', country: 'AF' })
  expect(lookupCity('NEW DELHI')).toEqual({ city: 'New Delhi', country: 'IN' })
  expect(lookupCity('DAR ES SALAAM')).toEqual({ city: 'Dar es Salaam', country: 'TZ' })
})

test('a trailing area after a comma is accepted', () => {
  expect(lookupCity('GAZA CITY, Gaza Strip')).toEqual({ city: 'Gaza City', country: 'PS' })
  expect(lookupCity('Washington, D.C.')).toEqual({ city: 'Washington', country: 'US' })
  expect(lookupCity('DHAKA, Bangladesh')).toEqual({ city: 'Dhaka', country: 'BD' })
})

test('cities beyond the gazetteer are found in GeoNames, the most populous first', () => {
  expect(lookupCity('Hyderabad')).toEqual({ city: 'Hyderabad', country: 'IN' })
  expect(lookupCity('Chaman')).toEqual({ city: 'Chaman', country: 'PK' })
})

test('the trailing area picks the namesake in that country', () => {
  expect(lookupCity('TRIPOLI, Lebanon')).toEqual({ city: 'Tripoli', country: 'LB' })
  expect(lookupCity('Paris, Texas')).toEqual({ city: 'Paris', country: 'US' })
  expect(lookupCity('HYDERABAD, Pakistan')).toEqual({ city: 'Hyderabad', country: 'PK' })
})

test('a town too small to know still gets the country its dateline names', () => {
  expect(lookupCity('GHAZIKHAIL, Afghanistan')).toEqual({ city: 'Ghazikhail', country: 'AF' })
  expect(lookupCity('Spin Boldak (Afghanistan)')).toEqual({ city: 'Spin Boldak', country: 'AF' })
})

test('a mixed-case place keeps the outlet’s spelling', () => {
  expect(lookupCity("Cox's Bazar")).toEqual({ city: "Cox's Bazar", country: 'BD' })
  expect(lookupCity('Peshawar')).toEqual({ city: 'Peshawar', country: 'PK' })
})

test('words that are no known place give null', () => {
  expect(lookupCity('UNITED NATIONS')).toBeNull()
  expect(lookupCity('Meanwhile')).toBeNull()
  expect(lookupCity('')).toBeNull()
})
