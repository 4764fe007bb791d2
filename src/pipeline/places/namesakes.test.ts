import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'

const codes = (...paragraphs: string[]) =>
  findCountries({ title: 'Local news', summary: [], paragraphs, datelineCountry: null })
    .map((c) => c.code)
    .sort()

test('"a Georgia man" and "North Georgia" are the US state', () => {
  expect(codes('A Georgia man died after he took the pills, and Georgia authorities charged four.')).toEqual([
    'US',
  ])
  expect(codes('Both were taken to the Northeast Georgia Medical Center.')).toEqual(['US'])
})

test('Georgia with its own places and people is still the country', () => {
  expect(codes('Georgian troops left Gori as Russia and Georgia signed a truce.')).toEqual(['GE', 'RU'])
})

test('a saint’s or a fort’s town named after a city is not the city', () => {
  expect(codes('Three children died in a trailer fire in St. Paris last week.')).toEqual([])
  expect(codes('The train ran from Paris to Berlin.')).toEqual(['DE', 'FR'])
})

test('a city abroad listed among US places is the US town of that name', () => {
  expect(codes('The ad ran in Orlando, Panama City and Gainesville, Florida officials said.')).toEqual(['US'])
  expect(codes('Flights leave Miami for Panama City and Bogota daily.')).toEqual(['CO', 'PA', 'US'])
})

test('Northern Irish is the United Kingdom', () => {
  expect(codes('The march went through a Northern Irish town.')).toEqual(['GB'])
})

test('a county of England or Ireland names its country', () => {
  expect(codes('Councils across Lancashire will share the fund.')).toEqual(['GB'])
  expect(codes('Five men from Tipperary appeared in court.')).toEqual(['IE'])
  expect(codes('The baby was born on a roadside in County Clare.')).toEqual(['IE'])
  expect(codes('Police in County Antrim made two arrests.')).toEqual(['GB'])
})

test('a county’s name used as a surname or a US county names no country', () => {
  expect(codes('Investigator Bill Carlow spoke with the family.')).toEqual([])
  expect(codes('The Berkshire hills were busy.')).toEqual([])
})

test('a country’s name as the first name of a byline is a person', () => {
  expect(codes('BY CHAD KLIMACK Staff Reporter The zoning board met on Monday.')).toEqual([])
  expect(codes('Aid sent by Chad arrived on Monday.')).toEqual(['TD'])
})
