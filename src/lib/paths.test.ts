import { expect, test } from 'vitest'
import { paths, toQuoteId } from './paths.ts'

test('a quote has its place in the story and a page of its own', () => {
  expect(paths.quote('talks', 'quote-6')).toBe('/articles/talks#quote-6')
  expect(paths.quotePage('talks', 'quote-6')).toBe('/articles/talks/quotes/6')
})

test('only a quote number as the site writes it names a quote', () => {
  expect(toQuoteId('6')).toBe('quote-6')
  expect(toQuoteId('12')).toBe('quote-12')
  for (const segment of ['0', '06', '6a', '', '-1']) expect(toQuoteId(segment)).toBeNull()
})

test('feeds: the newest stories, and one per filter value', () => {
  expect(paths.rss()).toBe('/feed.xml')
  expect(paths.rss({ key: 'country', value: 'af' })).toBe('/feeds/country/af.xml')
  expect(paths.rss({ key: 'region', value: 'central-asia' })).toBe('/feeds/region/central-asia.xml')
  expect(paths.rss({ key: 'topic', value: 'diplomacy' })).toBe('/feeds/topic/diplomacy.xml')
})
