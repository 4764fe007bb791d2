// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { SITEMAP_LIMIT, toRobots, toSitemap, toSitemapIndex, toSitemapParts } from './sitemap.ts'

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml')
const locs = (xml: string) => [...parse(xml).getElementsByTagName('loc')].map((l) => l.textContent)

test('100,000 articles split into sitemap files of at most 50,000 URLs, none lost', () => {
  const urls = Array.from({ length: 100_001 }, (_, i) => ({ loc: `https://d.example/articles/s-${i}` }))
  const parts = toSitemapParts(urls)
  expect(parts.map((p) => p.length)).toEqual([SITEMAP_LIMIT, SITEMAP_LIMIT, 1])
  expect(parts.flat()).toEqual(urls)
})

test('an archive with no story still has one (empty) sitemap file', () => {
  expect(toSitemapParts([])).toEqual([[]])
  expect(parse(toSitemap([])).documentElement.localName).toBe('urlset')
})

test('a sitemap lists each URL, with its date where known, and escapes what XML must', () => {
  const xml = toSitemap([
    { loc: 'https://d.example/?country=af&region=x', lastmod: '2021-01-03' },
    { loc: 'https://d.example/a', lastmod: null },
  ])
  const doc = parse(xml)
  expect(doc.querySelector('parsererror')).toBeNull()
  expect(doc.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  expect(locs(xml)).toEqual(['https://d.example/?country=af&region=x', 'https://d.example/a'])
  expect([...doc.getElementsByTagName('lastmod')].map((l) => l.textContent)).toEqual(['2021-01-03'])
})

test('the sitemap index names each sitemap file', () => {
  const xml = toSitemapIndex([
    { loc: 'https://d.example/sitemaps/articles-1.xml' },
    { loc: 'https://d.example/sitemaps/articles-2.xml' },
  ])
  expect(parse(xml).documentElement.localName).toBe('sitemapindex')
  expect(locs(xml)).toHaveLength(2)
})

test('robots.txt allows crawling and names the sitemap', () => {
  expect(toRobots('https://d.example/sitemap.xml').split('\n')).toContain(
    'Sitemap: https://d.example/sitemap.xml',
  )
  expect(toRobots('https://d.example/sitemap.xml')).not.toMatch(/Disallow: \/$/m)
})
