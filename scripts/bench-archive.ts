/**
 * A seeded, generated archive for the filter and search benchmarks: articles with countries, regions, topics
 * and text drawn with realistic skew (a few countries and words are everywhere, most are rare).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, ArticleCountry } from '../src/lib/article.ts'
import { getCountryName, getCountryRegion, listCountryCodes } from '../src/pipeline/places/gazetteer.ts'
import { getRegionName } from '../src/pipeline/places/regions.ts'
import { listTopics } from '../src/pipeline/topics/taxonomy.ts'
import { mulberry32 } from './random.ts'
import { writeData } from './write-data.ts'

/** Picks from a list with Zipf-like skew: the first items often, the last rarely. */
const skewed = <T>(list: T[], next: () => number): T => list[Math.floor(Math.pow(list.length, next())) - 1]!

export function generateArchive(size: number, seed = 42): Article[] {
  const next = mulberry32(seed)
  const seedText = readFileSync(join('content', readdirSync('content')[0]!), 'utf8')
  const real = [...new Set(seedText.split(/[^A-Za-z]+/).filter((w) => w.length > 2))]
  // Real words first (common), then invented ones (names, rare words): a vocabulary of ~30,000.
  const words = [
    ...real,
    ...Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919) % 997}`),
  ]
  const codes = [
    'PK',
    'AF',
    'IN',
    'IR',
    'US',
    'CN',
    'SA',
    'AE',
    'QA',
    'IL',
    'TR',
    'RU',
    'GB',
    ...listCountryCodes(),
  ]
  const topics = listTopics()
  const sentence = (n: number) => Array.from({ length: n }, () => skewed(words, next)).join(' ')
  const start = Date.parse('2026-01-01T00:00:00Z')
  return Array.from({ length: size }, (_, i) => {
    const picked = [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => skewed(codes, next)))]
    const countries: ArticleCountry[] = picked.map((code, k) => ({
      code,
      name: getCountryName(code) ?? code,
      mentions: 3 - Math.min(k, 2),
      role: k === 0 ? 'dateline' : k < 3 ? 'subject' : 'mentioned',
    }))
    const regionIds = [...new Set(picked.slice(0, 3).flatMap((code) => getCountryRegion(code) ?? []))]
    const articleTopics = [
      ...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => skewed(topics, next))),
    ]
    const title = `${sentence(8)} ${i}`
    return {
      id: `bench-${i}`,
      slug: `story-${i}`,
      title,
      summary: [sentence(14), sentence(12)],
      dateline: { city: 'City', country: picked[0]! },
      publishedAt: new Date(start + i * 3_600_000).toISOString(),
      source: { file: 'bench.txt', line: i + 1 },
      paragraphs: Array.from({ length: 8 }, () => sentence(45)),
      quotes: [],
      countries,
      regions: regionIds.map((id) => ({ id, name: getRegionName(id) ?? id })),
      topics: articleTopics.map(({ id, name, ancestors }) => ({ id, name, ancestors })),
      people: [],
      organizations: [],
    }
  })
}

/**
 * Writes the data the feed reads, as `ingest --out` does, but only a few article files: the benchmarks load
 * the feed, and prerendering 10,000 article pages would only make them slow.
 */
export const writeBenchData = (dir: string, articles: Article[]) => writeData(dir, articles, 3)
