import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { Article } from '../lib/article.ts'
import { seedIslamabad, seedKabul } from './fixtures/seed-articles.ts'
import { readArticles } from './read-articles.ts'
import { canonicalStories } from './text/layouts.fixtures.ts'
import {
  canonicalLayout,
  expectedMeta,
  renderArticle,
  type CanonicalArticle,
  type DateLine,
  type Layout,
} from './text/render-layouts.fixtures.ts'

// The same stories in every layout real scrapes produce must read the same: same text, quotes, places, topics.

/** The project's evaluation articles, split by their labelled headlines (some files hold two, body first). */
function evalArticles(): CanonicalArticle[] {
  return readdirSync('eval/articles')
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => {
      const labels = JSON.parse(readFileSync(join('eval/labels', f.replace(/\.txt$/, '.json')), 'utf8')) as {
        articles: { title: string }[]
      }
      const titles = labels.articles.map((a) => a.title)
      const articles = titles.map((title, i) => ({
        name: `${f}#${i + 1}`,
        title,
        summary: [] as string[],
        paragraphs: [] as string[],
      }))
      const beforeAnyTitle: string[] = []
      let current = -1
      const lines = readFileSync(join('eval/articles', f), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
      for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
        if (line === titles[current + 1]) {
          current++
          if (current === 0) articles[0]!.paragraphs.push(...beforeAnyTitle)
        } else if (line === titles[current]) continue
        else if (current === -1) beforeAnyTitle.push(line)
        else if (line.startsWith('- ')) articles[current]!.summary.push(line.slice(2))
        else articles[current]!.paragraphs.push(line)
      }
      return articles
    })
}

const seeds: CanonicalArticle[] = [
  {
    name: 'seed#1',
    ...seedKabul,
    paragraphs: [`KABUL: ${seedKabul.paragraphs[0]}`, ...seedKabul.paragraphs.slice(1)],
  },
  {
    name: 'seed#2',
    ...seedIslamabad,
    paragraphs: [`ISLAMABAD: ${seedIslamabad.paragraphs[0]}`, ...seedIslamabad.paragraphs.slice(1)],
  },
]
const stories = [...canonicalStories, ...seeds, ...evalArticles()]
const byName = new Map(stories.map((s) => [s.name, s]))
const names = stories.map((s) => s.name)

/** What must not change with the layout. */
function toReading(article: Article) {
  return {
    title: article.title,
    summary: article.summary,
    paragraphs: article.paragraphs,
    headings: article.headings ?? [],
    quotes: article.quotes.map((q) => [q.paragraph, q.text, q.speaker?.name ?? null]),
    countries: article.countries,
    regions: article.regions.map((r) => r.id),
    topics: article.topics.map((t) => t.id),
  }
}
type Reading = ReturnType<typeof toReading>

function read(story: CanonicalArticle, layout: Layout) {
  const text = renderArticle(story, layout)
  return { text, ...readArticles(`${story.name}.txt`, new TextEncoder().encode(text)) }
}

const canonical = new Map(
  stories.map((story) => {
    const { articles } = read(story, canonicalLayout)
    return [story.name, articles.length === 1 ? toReading(articles[0]!) : null] as const
  }),
)

/** How the reading of `story` in `layout` differs from its canonical reading; empty when it does not. */
function differences(name: string, layout: Layout): string[] {
  const story = byName.get(name)!
  const want = canonical.get(name)
  if (!want) return ['the canonical rendering does not read as one article']
  const { articles, problems } = read(story, layout)
  const found: string[] = problems.map((p) => `problem: ${p.line}: ${p.reason}`)
  if (articles.length !== 1)
    return [...found, `${articles.length} articles: ${articles.map((a) => a.title).join(' | ')}`]
  const article = articles[0]!
  const got = toReading(article)
  for (const key of Object.keys(want) as (keyof Reading)[]) {
    if (JSON.stringify(got[key]) === JSON.stringify(want[key])) continue
    found.push(`${key}: ${contrast(got[key], want[key])}`)
  }
  const meta = expectedMeta(layout)
  if (article.byline !== meta.byline) found.push(`byline: ${article.byline} instead of ${meta.byline}`)
  if (article.publishedAt !== meta.publishedAt)
    found.push(`publishedAt: ${article.publishedAt} instead of ${meta.publishedAt}`)
  if (JSON.stringify(article.furniture ?? []) !== JSON.stringify(meta.furniture))
    found.push(
      `furniture: ${JSON.stringify(article.furniture ?? [])} instead of ${JSON.stringify(meta.furniture)}`,
    )
  return found
}

function contrast(got: unknown, want: unknown): string {
  if (Array.isArray(got) && Array.isArray(want)) {
    const at = want.findIndex((w, i) => JSON.stringify(w) !== JSON.stringify(got[i]))
    const index = at === -1 ? want.length : at
    return `${got.length} instead of ${want.length}, first different at ${index}: ${JSON.stringify(got[index])?.slice(0, 160)} instead of ${JSON.stringify(want[index])?.slice(0, 160)}`
  }
  return `${JSON.stringify(got)} instead of ${JSON.stringify(want)}`
}

/**
 * Asserts that every story in the hardest variant of a layout, and random stories in random variants of it,
 * read as their canonical form.
 */
function expectSameReading(variant: fc.Arbitrary<Partial<Layout>>, hardest: Partial<Layout>, numRuns = 20) {
  fc.assert(
    fc.property(fc.constantFrom(...names), variant, (name, overrides) => {
      const found = differences(name, { ...canonicalLayout, ...overrides })
      if (found.length > 0) throw new Error(`${name} reads differently:\n  ${found.join('\n  ')}`)
    }),
    { numRuns, examples: names.map((name) => [name, hardest] as [string, Partial<Layout>]) },
  )
}

const width = fc.integer({ min: 60, max: 100 })
const indent = fc.constantFrom('  ', '    ', '     ', '\t')
const furnitureLines = [
  'Advertisement',
  'Read more: What the new budget means for salaried workers',
  'Related: Five things to know before you travel this summer',
  'Share this article',
  'Follow us on Twitter',
  'Image caption, Residents queue for drinking water on Tuesday',
  'Image source, Getty Images',
  'Photo: AFP',
  '(Reuters)',
  '(CBC)',
  '___',
  'Click here to read the full statement',
  'Subscribe to our newsletter',
  'Copyright 2021 The Associated Press. All rights reserved.',
  '© 2021 All rights reserved.',
]
const bylines = [
  'By Ayesha Khan',
  'By Omar Farooq, Reuters',
  'By Sara Malik and James Hart | AFP',
  'By Staff Reporter',
  'Staff Reporter',
  'Our Correspondent',
  'From our correspondent',
]
const published: DateLine = { line: 'Published: 3 January 2021 10:22 AM', iso: '2021-01-03', published: true }
const updated: DateLine = { line: 'Updated 12 Jan 2021', iso: '2021-01-12', published: false }
const dateSets: DateLine[][] = [
  [published],
  [updated],
  [{ line: 'January 3, 2021', iso: '2021-01-03', published: false }],
  [{ line: '2021-01-03', iso: '2021-01-03', published: false }],
  [{ line: 'Published January 5, 2021', iso: '2021-01-05', published: true }],
  [published, updated],
  [updated, published],
]
// A position past a story's last paragraph puts the line at the end of its text.
const furniture = fc.array(
  fc.record({ before: fc.integer({ min: 1, max: 12 }), line: fc.constantFrom(...furnitureLines) }),
  { minLength: 1, maxLength: 3 },
)
const someFurniture: Layout['furniture'] = [
  { before: 1, line: 'Advertisement' },
  { before: 2, line: 'Image source, Getty Images' },
  { before: 2, line: 'Image caption, Residents queue for drinking water on Tuesday' },
  { before: 3, line: 'Read more: What the new budget means for salaried workers' },
  { before: 99, line: '© 2021 All rights reserved.' },
]
const meta = fc.record({
  byline: fc.option(fc.constantFrom(...bylines)),
  dates: fc.oneof(fc.constant([] as DateLine[]), fc.constantFrom(...dateSets)),
  metaAfterSummary: fc.boolean(),
})

test('every story reads, in its canonical layout, as one article under its headline with no problems', () => {
  for (const story of stories) {
    const { articles, problems } = read(story, canonicalLayout)
    expect.soft(problems, story.name).toEqual([])
    expect
      .soft(
        articles.map((a) => [a.title, a.summary, a.paragraphs.length]),
        story.name,
      )
      .toEqual([[story.title, story.summary, story.paragraphs.length]])
  }
})

test('hard-wrapped paragraphs at 60 to 100 columns with blank lines between them read the same', () => {
  expectSameReading(fc.record({ wrapAt: width, spacedHead: fc.boolean() }), { wrapAt: 60 })
})

test('hard-wrapped paragraphs told apart by first-line indentation alone read the same', () => {
  expectSameReading(
    fc.record({ breaks: fc.constant('first-line-indent' as const), wrapAt: width, firstLineIndent: indent }),
    { breaks: 'first-line-indent', wrapAt: 60, firstLineIndent: '  ' },
  )
})

test('paragraphs with every line indented alike and blank lines between them read the same', () => {
  expectSameReading(fc.record({ indent, wrapAt: fc.option(width) }), { indent: '  ', wrapAt: 60 })
})

test('one paragraph a line with no blank lines reads the same', () => {
  expectSameReading(fc.record({ breaks: fc.constant('single-newline' as const) }), {
    breaks: 'single-newline',
  })
})

test('CRLF line ends read the same', () => {
  expectSameReading(
    fc.record({
      lineEnd: fc.constant('\r\n' as const),
      breaks: fc.constantFrom('blank-line', 'single-newline'),
    }),
    { lineEnd: '\r\n', breaks: 'single-newline' },
  )
})

test('a headline with a trailing period reads the same', () => {
  expectSameReading(fc.record({ headlinePeriod: fc.constant(true) }), { headlinePeriod: true })
})

test('furniture lines between paragraphs are taken out into furniture and change nothing else', () => {
  expectSameReading(fc.record({ furniture }), { furniture: someFurniture })
})

test('byline and date lines after the headline fill byline, publishedAt and furniture and change nothing else', () => {
  expectSameReading(meta, { byline: 'By Omar Farooq, Reuters', dates: [updated, published] })
})

test('the headline repeated as the first sentence of the body is not part of the body', () => {
  expectSameReading(fc.record({ headlineRepeated: fc.constant(true) }), { headlineRepeated: true })
})

test('any combination of these layouts reads the same', () => {
  const breaks = fc.constantFrom('blank-line', 'single-newline', 'first-line-indent') as fc.Arbitrary<
    Layout['breaks']
  >
  const layout = breaks.chain((b) =>
    fc.record({
      breaks: fc.constant(b),
      spacedHead: fc.boolean(),
      // Hard-wrapped lines with neither blank lines nor indentation between paragraphs are ambiguous.
      wrapAt: b === 'single-newline' ? fc.constant(null) : fc.option(width),
      indent: fc.constantFrom('', '', '  ', '    '),
      firstLineIndent: b === 'first-line-indent' ? indent : fc.constant(''),
      lineEnd: fc.constantFrom('\n', '\r\n') as fc.Arbitrary<Layout['lineEnd']>,
      headlinePeriod: fc.boolean(),
      headlineRepeated: fc.boolean(),
      furniture: fc.oneof(fc.constant([] as Layout['furniture']), furniture),
      byline: meta.map((m) => m.byline),
      dates: meta.map((m) => m.dates),
      metaAfterSummary: fc.boolean(),
    }),
  )
  const hardest: Partial<Layout> = {
    breaks: 'first-line-indent',
    wrapAt: 72,
    indent: '  ',
    firstLineIndent: '    ',
    lineEnd: '\r\n',
    headlinePeriod: true,
    headlineRepeated: true,
    furniture: someFurniture,
    byline: 'Staff Reporter',
    dates: [published],
    metaAfterSummary: true,
  }
  expectSameReading(layout, hardest, 40)
})
