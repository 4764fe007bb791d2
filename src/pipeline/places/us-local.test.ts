import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'

const codes = (...paragraphs: string[]) =>
  findCountries({ title: 'Local news', summary: [], paragraphs, datelineCountry: null }).map((c) => c.code)

test('a county or parish makes a story US local news', () => {
  expect(codes('Deputies of the Tensas Parish Sheriff’s Office made two arrests.')).toEqual(['US'])
  expect(codes('The Hall County school board met on Monday.')).toEqual(['US'])
})

test('a county of another named country stays there', () => {
  expect(codes('Kenya said floods hit Nairobi County and the coast.')).toEqual(['KE'])
})

test('a US town named mid-sentence makes a story US local news', () => {
  expect(codes('The fair opens in Shreveport on Friday.')).toEqual(['US'])
})

test('a town that is also a word or a surname is not evidence', () => {
  expect(codes('The Chamber of Commerce met with the Union leaders.')).toEqual([])
  expect(codes('Mayor Tom Akron said the budget was tight.', 'Later Akron added more.')).toEqual([])
})

test('in US local news a world city with a US namesake is the US town', () => {
  expect(codes('The Clarke County police said a man of Athens was arrested.')).toEqual(['US'])
  expect(codes('The Hall County choir will sing in Athens, the capital of Greece.')).toContain('GR')
})

test('without local evidence a world city keeps its country', () => {
  expect(codes('The summit in Athens ended on Sunday.')).toEqual(['GR'])
})

test('Georgia in US local news is the state', () => {
  expect(codes('Two Northeast Georgia counties, Hall County among them, grew fastest.')).toEqual(['US'])
})
