import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'

const codes = (...paragraphs: string[]) =>
  findCountries({ title: 'Local news', summary: [], paragraphs, datelineCountry: null })
    .map((c) => c.code)
    .sort()

test('a demonym in a shop’s or an estate’s name names no country', () => {
  expect(codes('Inspectors closed the Golden Lotus Malaysian Restaurant for a week.')).toEqual([])
  expect(codes('A fire broke out at the Spanish Oaks Apartments on Friday.')).toEqual([])
  expect(codes('Lunch is at the Greek and Italian Grill near the fairground.')).toEqual([])
})

test('a city and a demonym in a shop’s name name no country', () => {
  expect(codes('Other closures were at the Osaka Japanese Restaurant downtown.')).toEqual([])
})

test('a demonym for a cuisine, a music or a heritage names no country', () => {
  expect(codes('Stalls sold Polish sausage, Mexican food and Irish songs filled the square.')).toEqual([])
  expect(codes('The parade celebrates Irish heritage.')).toEqual([])
})

test('a demonym for a language names no country', () => {
  expect(codes('The ads ran in English and Spanish across the county.')).toEqual([])
  expect(codes('She spoke only French and Farsi when she arrived.')).toEqual([])
  expect(codes('The school opened a French immersion program.')).toEqual([])
  expect(codes('Spanish-speaking parents can call the office.')).toEqual([])
})

test('a demonym for people or a government still names the country', () => {
  expect(codes('Italian officials met French diplomats and a Malaysian envoy.')).toEqual(['FR', 'IT', 'MY'])
  expect(codes('Pakistani restaurants owners said Pakistani exports rose.')).toEqual(['PK'])
})

test('"Indian" in its Native American sense names no country', () => {
  expect(codes('Caddo and Atakapa Indians lived along the river.')).toEqual([])
  expect(codes('The tribe runs an Indian casino near the Indian reservation.')).toEqual([])
})

test('"Indian" for India is still India', () => {
  expect(codes('An Indian swami brought yoga to the city.')).toEqual(['IN'])
  expect(codes('Mumbai Indians beat the Chennai side.')).toEqual(['IN'])
  expect(codes('Many Indians voted in the election.')).toEqual(['IN'])
})
