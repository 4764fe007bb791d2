import { expect, test } from 'vitest'
import type { ArticleCountry } from '../../lib/article.ts'
import { findRegions, getRegionName, listRegions } from './regions.ts'

const ids = (paragraph: string, countries: ArticleCountry[] = []) =>
  findRegions({ title: '', summary: [], paragraphs: [paragraph], countries }).map((region) => region.id)
const country = (code: string, role: ArticleCountry['role']): ArticleCountry => ({
  code,
  name: code,
  mentions: 1,
  role,
})

test('dateline and subject countries add their M49 sub-regions; mentioned ones do not', () => {
  const countries = [country('AF', 'dateline'), country('US', 'subject'), country('CN', 'mentioned')]
  expect(ids('Talks went on.', countries)).toEqual(['southern-asia', 'northern-america'])
})

test('Iran is in Southern Asia and Turkey in Western Asia, as M49 has them', () => {
  expect(ids('', [country('IR', 'subject'), country('TR', 'subject')])).toEqual([
    'southern-asia',
    'western-asia',
  ])
})

test('named regions are added: Central Asian countries, South Asia, the Middle East', () => {
  expect(ids('Five Central Asian countries, South Asian states and the Middle East.')).toEqual([
    'central-asia',
    'southern-asia',
    'western-asia',
  ])
})

test('"between South and Central Asia" names both regions', () => {
  expect(ids('Our country serves as a bridge between South and Central Asia.')).toEqual([
    'southern-asia',
    'central-asia',
  ])
})

test('the Gulf is Western Asia, the Gulf of Mexico and a Gulf Coast are not', () => {
  expect(ids('Tankers left the Gulf.')).toEqual(['western-asia'])
  expect(ids('Oil rigs in the Gulf of Mexico and on the Gulf Coast shut down.')).toEqual([])
})

test('Southeast Asia, the Horn of Africa and the Caribbean map to their sub-regions', () => {
  expect(ids('Southeast Asia, the Horn of Africa and the Caribbean.')).toEqual([
    'south-eastern-asia',
    'eastern-africa',
    'caribbean',
  ])
})

test('Europe, the European Union and Latin America add no sub-region', () => {
  expect(ids('The European Union said Europe and Latin America would act.')).toEqual([])
})

test('a region id is listed once however often it comes up', () => {
  expect(ids('South Asia and South Asian leaders', [country('PK', 'dateline')])).toEqual(['southern-asia'])
})

test('every M49 sub-region is known by id for URL checks', () => {
  expect(listRegions()).toHaveLength(22)
  expect(getRegionName('south-eastern-asia')).toBe('South-eastern Asia')
  expect(getRegionName('middle-east')).toBeUndefined()
})
