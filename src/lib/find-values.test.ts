import { expect, test } from 'vitest'
import { findValues } from './find-values.ts'

const countries = [
  { name: 'Pakistan' },
  { name: 'United Kingdom', alt: ['UK', 'Great Britain'] },
  { name: 'Côte d’Ivoire', alt: ['Ivory Coast'] },
  { name: 'Turkey', alt: ['Türkiye'] },
  { name: 'Palau' },
  { name: 'Nepal' },
]
const names = (query: string) => findValues(countries, query).map((c) => c.name)

test('typing the start of a name leaves the countries with a word starting so', () => {
  expect(names('pak')).toEqual(['Pakistan'])
  expect(names('pa')).toEqual(['Pakistan', 'Palau'])
  expect(names('PAK ')).toEqual(['Pakistan'])
})

test('the middle of a word finds nothing, so "pal" does not find Nepal', () => {
  expect(names('pal')).toEqual(['Palau'])
})

test('other names find a country: "UK", "Britain", "Ivory Coast"', () => {
  expect(names('uk')).toEqual(['United Kingdom'])
  expect(names('britain')).toEqual(['United Kingdom'])
  expect(names('ivory')).toEqual(['Côte d’Ivoire'])
})

test('accents are folded both ways', () => {
  expect(names('cote')).toEqual(['Côte d’Ivoire'])
  expect(names('turkiye')).toEqual(['Turkey'])
  expect(names('Türk')).toEqual(['Turkey'])
})

test('an empty query keeps every value and no match gives none', () => {
  expect(names('  ')).toHaveLength(countries.length)
  expect(names('zz')).toEqual([])
})
