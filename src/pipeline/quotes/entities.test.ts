import { expect, test } from 'vitest'
import { findEntities } from './entities.ts'

const names = (text: string, masked: Array<[number, number]> = []) =>
  findEntities(text, masked).entities.map(
    (e) => `${e.name}:${e.kind}${e.strong ? ':strong' : ''}${e.object ? ':object' : ''}`,
  )

test('acronym definitions take the words whose initials spell the acronym', () => {
  const { acronyms } = findEntities(
    'Wahidullah Ghazikhail of the Afghan Centre for Strategic Studies and Research (ACSSR) said, the Directorate of National Security (NDS) said.',
  )
  expect(Object.fromEntries(acronyms)).toEqual({
    ACSSR: 'Afghan Centre for Strategic Studies and Research',
    NDS: 'Directorate of National Security',
  })
})

test('titled names are strong people; names after prepositions are objects', () => {
  expect(
    names(
      'a call between Deputy Prime Minister Ishaq Dar and the European Union’s Vice President Kaja Kallas',
    ),
  ).toEqual([
    'Ishaq Dar:person:strong:object',
    'European Union:organization:object',
    'Kaja Kallas:person:strong',
  ])
})

test('places, countries, days and single capitalised words are not people', () => {
  expect(
    names('Officials from the United States and Central Asian countries met on Friday in Doha, Qatar.'),
  ).toEqual([])
})

test('organisation words make a body and acronyms joined by "and" stay apart', () => {
  expect(names('Authorities in Kabul, as well as NATO and US officials, said so.')).toEqual([
    'NATO:organization',
  ])
})

test('words inside masked ranges (quotes) are not entities', () => {
  const text = '"Government Officials Say So," Ali Khan said.'
  expect(names(text, [[0, 30]])).toEqual(['Ali Khan:person:strong'])
})
