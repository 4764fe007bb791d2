import { expect, test } from 'vitest'
import { splitDateline, type PlaceLookup } from './dateline.ts'

const places: Record<string, { city: string; country: string }> = {
  kabul: { city: 'Kabul', country: 'AF' },
  washington: { city: 'Washington', country: 'US' },
  'gaza city, gaza strip': { city: 'Gaza City', country: 'PS' },
  'new delhi': { city: 'New Delhi', country: 'IN' },
}
const lookup: PlaceLookup = (place) => places[place.toLowerCase()] ?? null

test('an upper-case city with a colon is a dateline and is removed from the text', () => {
  expect(splitDateline('KABUL: Officials met on Thursday.', lookup)).toEqual({
    dateline: { city: 'Kabul', country: 'AF' },
    rest: 'Officials met on Thursday.',
    agency: null,
  })
})

test('an agency credit between the city and the dash is removed with it and kept as the agency', () => {
  const split = splitDateline('Washington (AFP) – The White House said on Monday…', lookup)
  expect(split?.rest).toBe('The White House said on Monday…')
  expect(split?.agency).toBe('AFP')
})

test('a city with its area and an em dash reads as that city', () => {
  expect(splitDateline('GAZA CITY, Gaza Strip — Residents fled.', lookup)).toEqual({
    dateline: { city: 'Gaza City', country: 'PS' },
    rest: 'Residents fled.',
    agency: null,
  })
})

test('a date after the city does not stop the city being found', () => {
  expect(splitDateline('NEW DELHI, Nov 27 (Reuters) - India said…', lookup)?.dateline).toEqual({
    city: 'New Delhi',
    country: 'IN',
  })
})

test('an unknown upper-case place is kept with no country rather than dropped', () => {
  expect(splitDateline('SPIN BOLDAK: Traders said…', lookup)?.dateline).toEqual({
    city: 'Spin Boldak',
    country: null,
  })
})

test('an ordinary sentence opening is not a dateline', () => {
  expect(splitDateline('However – officials said the talks would go on.', lookup)).toBeNull()
  expect(splitDateline('The ministry said: “We are ready.”', lookup)).toBeNull()
  expect(splitDateline('UPDATE: The figures were revised.', lookup)).toBeNull()
  expect(splitDateline('BREAKING NEWS: The figures were revised.', lookup)).toBeNull()
})
