import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { Article } from '../lib/article.ts'
import { anArticle } from './fixtures/article.fixtures.ts'
import { LEDE_LENGTH, toFeedEntry, toFeedOrder, toLede } from './feed-index.ts'

/** An article named `slug` from `file`, dated `publishedAt` (null: undated). */
const article = (slug: string, file: string, publishedAt: string | null): Article =>
  anArticle({ id: slug, slug, title: slug, publishedAt, source: { file, line: 1 } })

const slugs = (articles: Article[]) => toFeedOrder(articles).map((a) => a.slug)

test('dated stories come newest first, whatever file they are in', () => {
  expect(
    slugs([
      article('jan-1', 'a.txt', '2021-01-01'),
      article('jan-3', 'b.txt', '2021-01-03'),
      article('jan-2', 'a.txt', '2021-01-02'),
    ]),
  ).toEqual(['jan-3', 'jan-2', 'jan-1'])
})

test('a date with a time sorts by the instant, and a date alone counts as its midnight UTC', () => {
  expect(
    slugs([
      article('midnight', 'a.txt', '2021-01-03'),
      article('morning-in-karachi', 'a.txt', '2021-01-03T09:00:00+05:00'),
      article('noon-utc', 'a.txt', '2021-01-03T12:00:00Z'),
      article('evening-no-zone', 'a.txt', '2021-01-03T18:30'),
      article('day-before', 'a.txt', '2021-01-02T23:00:00Z'),
    ]),
  ).toEqual(['evening-no-zone', 'noon-utc', 'morning-in-karachi', 'midnight', 'day-before'])
})

test('stories of the same date keep their input order', () => {
  expect(
    slugs([
      article('first', 'a.txt', '2021-01-03'),
      article('second', 'b.txt', '2021-01-03'),
      article('third', 'a.txt', '2021-01-03'),
    ]),
  ).toEqual(['first', 'second', 'third'])
})

test('an undated story follows the dated story before it in its file, not other files', () => {
  expect(
    slugs([
      article('a-jan-1', 'a.txt', '2021-01-01'),
      article('a-undated', 'a.txt', null),
      article('b-jan-5', 'b.txt', '2021-01-05'),
      article('b-undated', 'b.txt', null),
      article('c-jan-3', 'c.txt', '2021-01-03'),
    ]),
  ).toEqual(['b-jan-5', 'b-undated', 'c-jan-3', 'a-jan-1', 'a-undated'])
})

test('an undated story comes after every dated story before it in its file, below the oldest of them', () => {
  expect(
    slugs([
      article('jan-1', 'a.txt', '2021-01-01'),
      article('jan-5', 'a.txt', '2021-01-05'),
      article('undated', 'a.txt', null),
      article('other-jan-3', 'b.txt', '2021-01-03'),
    ]),
  ).toEqual(['jan-5', 'other-jan-3', 'jan-1', 'undated'])
})

test('several undated stories after the same dated one keep their input order', () => {
  expect(
    slugs([
      article('dated', 'a.txt', '2021-01-01'),
      article('undated-1', 'a.txt', null),
      article('undated-2', 'a.txt', null),
      article('newer', 'b.txt', '2021-02-01'),
    ]),
  ).toEqual(['newer', 'dated', 'undated-1', 'undated-2'])
})

test('undated stories of a file without dates come after all dated stories, in input order', () => {
  expect(
    slugs([
      article('plain-1', 'plain.txt', null),
      article('dated', 'dated.txt', '2021-01-03'),
      article('plain-2', 'plain.txt', null),
      article('other-plain', 'other.txt', null),
    ]),
  ).toEqual(['dated', 'plain-1', 'plain-2', 'other-plain'])
})

test('undated stories before the first dated story of their file stand right above it', () => {
  expect(
    slugs([
      article('newest', 'b.txt', '2021-02-01'),
      article('undated-1', 'a.txt', null),
      article('undated-2', 'a.txt', null),
      article('dated', 'a.txt', '2021-01-03'),
      article('undated-after', 'a.txt', null),
      article('oldest', 'b.txt', '2020-12-01'),
    ]),
  ).toEqual(['newest', 'undated-1', 'undated-2', 'dated', 'undated-after', 'oldest'])
})

test('a date that cannot be read counts as no date', () => {
  expect(
    slugs([
      article('dated', 'a.txt', '2021-01-01'),
      article('unreadable', 'a.txt', 'soon'),
      article('newer', 'b.txt', '2021-02-01'),
    ]),
  ).toEqual(['newer', 'dated', 'unreadable'])
})

test('the input is left as it was', () => {
  const input = [article('old', 'a.txt', '2020-01-01'), article('new', 'a.txt', '2021-01-01')]
  toFeedOrder(input)
  expect(input.map((a) => a.slug)).toEqual(['old', 'new'])
})

const arbitraryArticles = fc
  .array(
    fc.record({
      file: fc.constantFrom('a.txt', 'b.txt', 'c.txt'),
      day: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    }),
    { maxLength: 30 },
  )
  .map((specs) =>
    specs.map(({ file, day }, i) => article(`story-${i}`, file, day === null ? null : `2021-01-0${day}`)),
  )

test('every story appears once, dated ones newest first, none ahead of what came before it in its file, dateless files last', () => {
  fc.assert(
    fc.property(arbitraryArticles, (articles) => {
      const feed = toFeedOrder(articles)
      expect([...feed].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
        [...articles].sort((a, b) => a.slug.localeCompare(b.slug)),
      )
      const dates = feed.flatMap((a) => (a.publishedAt ? [a.publishedAt] : []))
      expect(dates).toEqual([...dates].sort().reverse())
      const place = new Map(feed.map((a, i) => [a, i]))
      articles.forEach((undated, i) => {
        if (undated.publishedAt !== null) return
        for (const earlier of articles.slice(0, i))
          if (earlier.source.file === undated.source.file)
            expect(place.get(earlier)!).toBeLessThan(place.get(undated)!)
      })
      const lastDated = feed.findLastIndex((a) => a.publishedAt !== null)
      for (const a of articles)
        if (!articles.some((b) => b.source.file === a.source.file && b.publishedAt !== null))
          expect(place.get(a)!).toBeGreaterThan(lastDated)
      expect(toFeedOrder(articles)).toEqual(feed)
    }),
  )
})

const story = (paragraphs: string[], summary: string[] = []): Article => anArticle({ paragraphs, summary })

test('the lede is the first two sentences of the first paragraph when both fit', () => {
  const first = 'A new highway opened on Sunday. It cuts the drive to four hours. Buses start next week.'
  expect(toLede([first, 'Second paragraph.'])).toBe(
    'A new highway opened on Sunday. It cuts the drive to four hours.',
  )
})

test('the lede is one sentence when two would be too long', () => {
  const long = `${'Traders said the new hall was warm and dry and had space for lorries to unload at dawn '.repeat(2).trim()}.`
  expect(toLede([`The hall opened on Monday. ${long}`])).toBe('The hall opened on Monday.')
})

test('an initial or a title does not end the lede’s sentence', () => {
  expect(toLede(['Dr. Amina K. Rahman said the clinic would open. It has ten beds. More later.'])).toBe(
    'Dr. Amina K. Rahman said the clinic would open. It has ten beds.',
  )
})

test('a first sentence longer than the lede is cut at a word and marked as cut', () => {
  const words = 'word '.repeat(80).trim()
  const lede = toLede([`${words}.`])
  expect(lede.length).toBeLessThanOrEqual(LEDE_LENGTH + 1)
  expect(lede).toMatch(/^(word )+word…$/)
})

test('a feed entry of an article with no summary carries its lede, apart from the summary', () => {
  const entry = toFeedEntry(
    story(['Floodwater began to recede on Friday. Relief boats reached the villages.']),
  )
  expect(entry.summary).toEqual([])
  expect(entry.lede).toBe('Floodwater began to recede on Friday. Relief boats reached the villages.')
})

test('a feed entry with summary bullets has no lede, and one with no body has none either', () => {
  expect(toFeedEntry(story(['Body text.'], ['A bullet'])).lede).toBeUndefined()
  expect(toFeedEntry(story([]))).not.toHaveProperty('lede')
})

test('a lede is never longer than the limit and always opens the body', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ minLength: 0, maxLength: 400 }), { maxLength: 3 }), (paragraphs) => {
      const lede = toLede(paragraphs)
      expect(lede.length).toBeLessThanOrEqual(LEDE_LENGTH + 1)
      const body = (paragraphs.find((p) => p.trim() !== '') ?? '').trim().replace(/\s+/g, ' ')
      expect(body.startsWith(lede.replace(/…$/, ''))).toBe(true)
    }),
  )
})
