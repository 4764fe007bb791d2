import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { Article } from '../lib/article.ts'
import expected from './fixtures/seed-expected.json'
import { readArticles } from './read-articles.ts'

// The product's first content, read from the project's own content folder.
const file = 'content/000_3dba021935ad99c5.txt'
const { articles, problems } = readArticles(file, readFileSync(file))
type ExpectedArticle = (typeof expected.articles)[number]
type Expected = Omit<ExpectedArticle, 'quotes'> & {
  quotes: (ExpectedArticle['quotes'][number] & { partial?: boolean })[]
  optionalQuotes?: { startsWith: string }[]
  notQuotes?: string[]
}
const pairs = (expected.articles as Expected[]).map((want, i) => [want, articles[i]!] as const)
const codes = (article: Article, roles: string[]) =>
  article.countries.filter((c) => roles.includes(c.role)).map((c) => c.code)

test('the seed file reads as exactly its two articles, with no problems', () => {
  expect(problems).toEqual([])
  expect(articles.map((a) => a.slug)).toEqual(expected.articles.map((a) => a.slug))
})

test.each(pairs)('$slug: title, summary, dateline and paragraphs as expected', (want, got) => {
  expect(got.title).toBe(want.title)
  expect(got.summary).toEqual(want.summary)
  expect(got.dateline).toEqual(want.dateline)
  expect(got.paragraphs).toHaveLength(want.paragraphCount)
  expect(got.paragraphs[0]).toBe(want.firstParagraph)
  expect(got.paragraphs.at(-1)).toBe(want.lastParagraph)
})

test.each(pairs)('$slug: every direct quote, its paragraph and its speaker', (want, got) => {
  const required = got.quotes.filter((q) => want.quotes.some((w) => q.text.startsWith(w.startsWith)))
  expect(required.map((q) => q.id)).toEqual(want.quotes.map((w) => `quote-${w.n}`))
  for (const w of want.quotes) {
    const q = got.quotes[w.n - 1]!
    expect(q.text.startsWith(w.startsWith) && q.text.endsWith(w.endsWith), q.text).toBe(true)
    expect(q.paragraph).toBe(w.paragraph)
    expect(q.partial).toBe(w.partial ?? false)
    expect(q.speaker?.kind).toBe(w.kind)
    expect(q.speaker?.mention?.toLowerCase() ?? null).toBe(w.mention?.toLowerCase() ?? null)
    const name = q.speaker?.name.toLowerCase() ?? ''
    expect(
      w.speaker.some((s) => name.includes(s.toLowerCase())),
      `speaker ${name}`,
    ).toBe(true)
  }
  // Anything beyond the required quotes must be an allowed optional one.
  const optional = want.optionalQuotes ?? []
  for (const extra of got.quotes.slice(want.quotes.length)) {
    expect(
      optional.some((o) => extra.text.startsWith(o.startsWith)),
      extra.text,
    ).toBe(true)
  }
})

test.each(pairs)('$slug: quoted names that are not quotes stay text', (want, got) => {
  for (const notQuote of want.notQuotes ?? []) {
    expect(got.quotes.some((q) => q.text.includes(notQuote))).toBe(false)
  }
})

test.each(pairs)('$slug: countries with their roles, regions, topics and people', (want, got) => {
  expect(codes(got, ['dateline'])).toEqual([want.countries.dateline])
  expect(codes(got, ['dateline', 'subject']).sort()).toEqual([...want.countries.subjects].sort())
  const all = codes(got, ['dateline', 'subject', 'mentioned'])
  expect(all).toEqual(expect.arrayContaining(want.countries.mustInclude))
  for (const code of want.countries.mustNotInclude) expect(all).not.toContain(code)
  expect(got.regions.map((r) => r.id)).toEqual(expect.arrayContaining(want.regions.mustInclude))
  const topicIds = got.topics.flatMap((t) => [t.id, ...t.ancestors])
  for (const anyOf of want.topics.mustIncludeTopLevel)
    expect(
      anyOf.some((id) => topicIds.includes(id)),
      anyOf.join('|'),
    ).toBe(true)
  expect(want.topics.mustIncludeOneOf.some((id) => topicIds.includes(id))).toBe(true)
  expect(got.people.map((p) => p.name)).toEqual(expect.arrayContaining(want.people))
  const orgs = got.organizations.map((o) => o.name).join(' | ')
  for (const org of want.organizations) expect(orgs).toContain(org)
})
