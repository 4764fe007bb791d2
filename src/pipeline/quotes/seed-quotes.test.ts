import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { extractQuotes } from './extract-quotes.ts'

// A copy of the seed and its expected reading; the project never reads /work/shared.
const lines = readFileSync(
  new URL('../../../content/000_3dba021935ad99c5.txt', import.meta.url),
  'utf8',
).split('\n')
type ExpectedQuote = {
  startsWith: string
  endsWith: string
  paragraph: number
  speaker: string[]
  mention?: string | null
  kind?: string
  partial?: boolean
}
type ExpectedArticle = { quotes: ExpectedQuote[]; optionalQuotes?: ExpectedQuote[]; notQuotes?: string[] }
const expected = JSON.parse(
  readFileSync(new URL('../fixtures/seed-expected.json', import.meta.url), 'utf8'),
) as {
  articles: ExpectedArticle[]
}

// Layout (see the seed's expected.json): article 1's body is lines 1-12 with its headline block after it,
// article 2 is headline (17), bullets (18-19), body (20-26).
const body = (from: number, to: number, dateline: string): string[] =>
  lines.slice(from - 1, to).map((line, i) => (i === 0 ? line.replace(dateline, '') : line))
const articles = [
  {
    paragraphs: body(1, 12, 'KABUL: '),
    context: { title: lines[12] ?? '', summary: [lines[14] ?? '', lines[15] ?? ''].map((l) => l.slice(2)) },
  },
  {
    paragraphs: body(20, 26, 'ISLAMABAD: '),
    context: { title: lines[16] ?? '', summary: [lines[17] ?? '', lines[18] ?? ''].map((l) => l.slice(2)) },
  },
]

test('the seed articles give exactly the expected quotes, speakers, mentions and kinds', () => {
  articles.forEach(({ paragraphs, context }, a) => {
    const spec = expected.articles[a] as ExpectedArticle
    const optional = spec.optionalQuotes ?? []
    const quotes = extractQuotes(paragraphs, context)
    const required = quotes.filter(
      (q) => !optional.some((o) => q.paragraph === o.paragraph && q.text.startsWith(o.startsWith)),
    )
    expect(required).toHaveLength(spec.quotes.length)
    spec.quotes.forEach((want, i) => {
      const got = required[i]
      expect(got?.paragraph).toBe(want.paragraph)
      expect(got?.text.startsWith(want.startsWith)).toBe(true)
      expect(got?.text.endsWith(want.endsWith)).toBe(true)
      expect(want.speaker).toContain(got?.speaker?.name)
      if ('mention' in want) expect(got?.speaker?.mention).toBe(want.mention)
      if (want.kind) expect(got?.speaker?.kind).toBe(want.kind)
      expect(got?.partial).toBe(want.partial ?? false)
    })
    for (const o of optional) {
      const got = quotes.find((q) => q.paragraph === o.paragraph && q.text.startsWith(o.startsWith))
      if (got) expect(o.speaker).toContain(got.speaker?.name)
    }
    for (const phrase of spec.notQuotes ?? []) expect(quotes.some((q) => q.text.includes(phrase))).toBe(false)
  })
})

test('seed quote offsets point at the quote text and ids run in reading order', () => {
  for (const { paragraphs, context } of articles) {
    extractQuotes(paragraphs, context).forEach((q, i) => {
      expect(q.id).toBe(`quote-${i + 1}`)
      expect(paragraphs[q.paragraph]?.slice(q.start, q.end)).toBe(q.text)
    })
  }
})
