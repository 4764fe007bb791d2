import { expect, test } from 'vitest'
import { findPlaces } from './find-places.ts'

const datelineOf = (city: string, country: string, ...paragraphs: string[]) =>
  findPlaces({ title: 'Local news', summary: [], paragraphs }, { city, country }).datelineCountry

test('a dateline city two countries share is the one whose towns and provinces the story names', () => {
  expect(
    datelineOf(
      'Hyderabad',
      'IN',
      'Teachers from Sukkur and Larkana protested outside the press club on Monday.',
    ),
  ).toBe('PK')
  // One town named once is too little to move the city.
  expect(datelineOf('Hyderabad', 'IN', 'Teachers from Sukkur protested over pay.')).toBe('IN')
  // A story that names the city's own country keeps it there.
  expect(
    datelineOf('Hyderabad', 'IN', 'India said traders from Karachi and Lahore would attend the Sindh fair.'),
  ).toBe('IN')
})

test('a capital keeps its country, whatever the story is about', () => {
  expect(
    datelineOf('London', 'GB', 'Wildfires spread from Alberta into British Columbia and Saskatchewan.'),
  ).toBe('GB')
})
