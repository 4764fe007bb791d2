import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import countries from 'i18n-iso-countries'
import { expect, test } from 'vitest'
import type { Article } from '../lib/article.ts'
import { listRegions } from './places/regions.ts'
import { isPlace } from './lexicon/places.ts'
import { isCommonWord } from './lexicon/words.ts'
import { endsInTitle, isEverydayLoneWord } from './names/person-name.ts'
import { TITLES } from './lexicon/word-lists.ts'
import { readArticles } from './read-articles.ts'

// Every article the pipeline produces from the project's own text: the content folder and the evaluation set.
const files = [
  ...readdirSync('content').map((f) => join('content', f)),
  ...readdirSync('eval/articles').map((f) => join('eval/articles', f)),
  ...readdirSync('e2e/content').map((f) => join('e2e/content', f)),
].filter((f) => f.endsWith('.txt'))
const articles: Article[] = files.flatMap((file) => readArticles(file, readFileSync(file)).articles)
const regionIds = new Set(listRegions().map((r) => r.id))

test('the invariants run over a real body of articles', () => {
  expect(articles.length).toBeGreaterThanOrEqual(30)
})

test.each(articles.map((a) => [a.slug, a] as const))(
  '%s: quote offsets point at the quote text',
  (_, article) => {
    for (const quote of article.quotes) {
      expect(article.paragraphs[quote.paragraph]?.slice(quote.start, quote.end)).toBe(quote.text)
    }
  },
)

test.each(articles.map((a) => [a.slug, a] as const))('%s: quote ids run quote-1 to quote-n', (_, article) => {
  expect(article.quotes.map((q) => q.id)).toEqual(article.quotes.map((_, i) => `quote-${i + 1}`))
})

test.each(articles.map((a) => [a.slug, a] as const))(
  '%s: countries are valid, unique ISO alpha-2 codes',
  (_, article) => {
    const codes = article.countries.map((c) => c.code)
    for (const code of codes) expect(countries.isValid(code), code).toBe(true)
    expect(new Set(codes).size).toBe(codes.length)
    expect(article.countries.filter((c) => c.role === 'dateline').length).toBeLessThanOrEqual(1)
  },
)

test.each(articles.map((a) => [a.slug, a] as const))('%s: one to four topics', (_, article) => {
  expect(article.topics.length).toBeGreaterThanOrEqual(1)
  expect(article.topics.length).toBeLessThanOrEqual(4)
})

test.each(articles.map((a) => [a.slug, a] as const))(
  '%s: regions are M49 sub-regions, never countries',
  (_, article) => {
    for (const region of article.regions) {
      expect(regionIds.has(region.id), region.id).toBe(true)
      expect(countries.isValid(region.id)).toBe(false)
    }
  },
)

test.each(articles.map((a) => [a.slug, a] as const))(
  '%s: a speaker of kind person is a name, never a title, common word, demonym or place',
  (_, article) => {
    for (const { speaker } of article.quotes) {
      if (speaker?.kind !== 'person') continue
      const words = speaker.name.split(/\s+/)
      const keys = words.map((w) => w.toLowerCase().replace(/[.’']s?$/, ''))
      expect(speaker.name, 'capitalised').toMatch(/^\p{Lu}/u)
      expect(
        keys.every((k) => TITLES.has(k)),
        `${speaker.name}: a title alone`,
      ).toBe(false)
      expect(isPlace(speaker.name), `${speaker.name}: a place or demonym`).toBe(false)
      if (words.length === 1) expect(isCommonWord(keys[0]!), `${speaker.name}: a common word`).toBe(false)
      expect(isEverydayLoneWord(speaker.name), `${speaker.name}: an everyday word alone`).toBe(false)
      expect(endsInTitle(keys), `${speaker.name}: a role ending in a title`).toBe(false)
    }
  },
)
