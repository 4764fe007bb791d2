import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'

const codes = (...paragraphs: string[]) =>
  findCountries({ title: 'Local news', summary: [], paragraphs, datelineCountry: null }).map((c) => c.code)

test('a country name written as a town’s people or offices is the US town', () => {
  expect(codes('A Lebanon woman was hurt when her car left the road.')).toEqual(['US'])
  expect(codes('Palestine police said the driver fled on foot.')).toEqual(['US'])
  expect(codes('The Jordan High School band will march on Saturday.')).toEqual(['US'])
})

test('a country name in a list of name, age and town, or after a street address, is the US town', () => {
  expect(codes('Arrested were Dale Poe, 31, Palestine, and Amy Roe, 19, Elkhart.')).toEqual(['US'])
  expect(codes('Services will be held at the chapel, 12 N. Elm St., Lebanon.')).toEqual(['US'])
})

test('a US state after the comma makes a country name the US town', () => {
  expect(codes('The fiddlers put Palestine, Texas on the map.')).toEqual(['US'])
  expect(codes('Talks on water between Mexico, Texas and Arizona resumed.').sort()).toEqual(['MX', 'US'])
})

test('a county named after a country is a US county', () => {
  expect(codes('The Guernsey County sheriff closed the road.')).toEqual(['US'])
})

test('once a town, a country name stays the town through the story', () => {
  expect(codes('A Lebanon man was charged.', 'He was taken to the jail in Lebanon.')).toEqual(['US'])
})

test('"Ann Ray of Lebanon" is the town only in US local news', () => {
  expect(codes('The Hall County coroner named the driver as Ann Ray of Lebanon.')).toEqual(['US'])
  expect(codes('The envoy met President Omar Said of Lebanon on Monday.')).toEqual(['LB'])
})

test('the country named some other way keeps its name a country', () => {
  expect(codes('A Lebanon man, a Lebanese citizen, flew home to Beirut.')).toEqual(['LB'])
  expect(codes('King Abdullah of Jordan met the Hall County delegation.')).toContain('JO')
})

test('the country itself is still read in US local news', () => {
  expect(codes('The Ohio soldier served two tours in Lebanon.').sort()).toEqual(['LB', 'US'])
})
