import { expect, test } from 'vitest'
import type { Article, ArticleCountry, Topic } from '../lib/article.ts'
import { toRelated } from './related.ts'

const country = (code: string, role: ArticleCountry['role'] = 'subject'): ArticleCountry => ({
  code,
  name: code,
  mentions: 3,
  role,
})
const topic = (id: string, ancestors: string[] = []): Topic => ({ id, name: id, ancestors })
const article = (slug: string, countries: ArticleCountry[], topics: Topic[]): Article => ({
  id: slug,
  slug,
  title: slug,
  summary: [],
  dateline: null,
  publishedAt: null,
  source: { file: 'f', line: 1 },
  paragraphs: [],
  quotes: [],
  countries,
  regions: [],
  topics,
  people: [],
  organizations: [],
})

test('stories about the same country or topic are related, best match first', () => {
  const related = toRelated([
    article('kabul-talks', [country('AF')], [topic('diplomacy', ['politics'])]),
    article('kabul-floods', [country('AF')], [topic('flood', ['disaster'])]),
    article('doha-talks', [country('QA')], [topic('diplomacy', ['politics'])]),
    article('af-diplomacy', [country('AF')], [topic('diplomacy', ['politics'])]),
  ])
  expect(related.get('kabul-talks')!.map((r) => r.slug)).toEqual([
    'af-diplomacy', // same country and topic
    'doha-talks', // same topic
    'kabul-floods', // same country
  ])
})

test('a country only mentioned in passing or a shared broad topic alone does not relate stories', () => {
  const related = toRelated([
    article('a', [country('AF')], [topic('election', ['politics'])]),
    article('b', [country('AF', 'mentioned'), country('IN')], [topic('diplomacy', ['politics'])]),
  ])
  expect(related.get('a')).toEqual([])
})
