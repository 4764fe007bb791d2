import { expect, test } from 'vitest'
import type { Article, Quote } from './article.ts'
import { toQuotePage, toQuoteTitle, toStandaloneQuote } from './quote-page.ts'

const quote: Quote = {
  id: 'quote-2',
  paragraph: 1,
  start: 1,
  end: 38,
  text: 'Twenty-two foreign groups operate here,',
  partial: false,
  speaker: { name: 'Wahidullah Ghazikhail', mention: 'he', kind: 'person' },
}
const article = {
  slug: 'talks',
  title: 'Officials draw a joint strategy',
  publishedAt: null,
  dateline: { city: 'Kabul', country: 'AF' },
  countries: [{ code: 'AF', name: 'Afghanistan', mentions: 3, role: 'dateline' }],
  paragraphs: [
    'Officials met in Kabul.',
    '"Twenty-two foreign groups operate here," he said.',
    'A third paragraph.',
  ],
  quotes: [{ ...quote, id: 'quote-1', paragraph: 0, start: 0, end: 9, text: 'Officials' }, quote],
} as unknown as Article

test('a quote page holds the quote, its paragraph and the story, not the story’s other text', () => {
  const page = toQuotePage(article, 'quote-2')
  expect(page).toMatchObject({
    slug: 'talks',
    title: 'Officials draw a joint strategy',
    datelineCountry: 'Afghanistan',
    quote,
    paragraph: article.paragraphs[1],
    quoteCount: 2,
  })
  expect(JSON.stringify(page)).not.toContain('A third paragraph')
})

test('a quote the story does not have has no page', () => {
  expect(toQuotePage(article, 'quote-3')).toBeNull()
})

test('a quote page’s title is the quote, standing alone, and its speaker', () => {
  expect(toStandaloneQuote('Twenty-two foreign groups operate here,')).toBe(
    'Twenty-two foreign groups operate here',
  )
  expect(toQuoteTitle(quote)).toBe('“Twenty-two foreign groups operate here” — Wahidullah Ghazikhail')
  expect(toQuoteTitle({ ...quote, speaker: null })).toMatch(/— Unidentified speaker$/)
})

test('a long quote is cut at a word in the title', () => {
  const long = { ...quote, text: 'word '.repeat(60).trim() }
  const title = toQuoteTitle(long)
  expect(title).toMatch(/^“(word )+word…” — Wahidullah Ghazikhail$/)
  expect(title.length).toBeLessThan(150)
})
