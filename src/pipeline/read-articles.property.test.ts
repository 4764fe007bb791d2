import fc from 'fast-check'
import { expect, test } from 'vitest'
import { arbitraryMarkup } from './html/page.fixtures.ts'
import { readArticles } from './read-articles.ts'

const marks = ['"', '“', '”', '‘', '’', "'", '—', ':', '\n', '\n\n', '- ', 'KABUL: ', 'said', ' he said.']
const newsish = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(...marks), fc.lorem({ maxCount: 12 })), { maxLength: 40 })
  .map((parts) => parts.join(' '))

test('on arbitrary text the pipeline never throws and every quote points at its text', () => {
  fc.assert(
    fc.property(newsish, (text) => {
      const { articles } = readArticles('any.txt', new TextEncoder().encode(text))
      for (const article of articles) {
        article.quotes.forEach((quote, i) => {
          expect(quote.id).toBe(`quote-${i + 1}`)
          expect(article.paragraphs[quote.paragraph]?.slice(quote.start, quote.end)).toBe(quote.text)
        })
      }
    }),
    { numRuns: 300 },
  )
})

test('on arbitrary text no paragraph of an article is lost', () => {
  fc.assert(
    fc.property(
      fc.array(fc.lorem({ mode: 'sentences', maxCount: 3 }), { minLength: 1, maxLength: 8 }),
      (sentences) => {
        const body = sentences.map((s) => `${s.trim() || 'Text'} ends here.`)
        const text = ['A headline for the story', ...body].join('\n')
        const { articles } = readArticles('any.txt', new TextEncoder().encode(text))
        expect(articles.flatMap((a) => a.paragraphs)).toEqual(body)
      },
    ),
    { numRuns: 200 },
  )
})

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const newsLine = fc.oneof(
  fc.lorem({ mode: 'sentences', maxCount: 4 }),
  fc.lorem({ maxCount: 8 }).map(capitalised),
  fc.lorem({ maxCount: 6 }).map((t) => `- ${capitalised(t)}`),
  fc.lorem({ maxCount: 2 }).map((t) => `By ${t.split(' ').map(capitalised).join(' ')}`),
  fc.constantFrom(
    'Advertisement',
    'Read more: Floods hit Sindh',
    '___',
    'Photo: AFP',
    'Published: 3 January 2021 10:22 AM',
    'KARACHI: The port reopened.',
    'Staff Reporter',
    '(CBC)',
  ),
  fc.string({ maxLength: 40 }),
)

test('on arbitrary lines of news every word of the input ends up in an article', () => {
  fc.assert(
    fc.property(
      fc.array(newsLine, { minLength: 1, maxLength: 14 }),
      fc.constantFrom('\n', '\n\n', '\r\n'),
      (lines, newline) => {
        const text = lines.join(newline)
        const { articles, problems } = readArticles('any.txt', new TextEncoder().encode(text))
        if (problems.some((p) => !p.warning)) return // only input with no text at all is rejected
        const kept = new Set(
          articles.flatMap((a) =>
            words(
              [
                a.title,
                ...a.summary,
                ...a.paragraphs,
                ...(a.headings ?? []).map((h) => h.text),
                ...(a.furniture ?? []),
                a.byline ?? '',
                a.dateline?.city ?? '',
                a.source.outlet ?? '',
              ].join(' '),
            ),
          ),
        )
        const lost = words(text).filter((word) => word !== 'by' && !kept.has(word))
        expect(lost).toEqual([])
      },
    ),
    { numRuns: 300 },
  )
})

const markup = arbitraryMarkup(
  [
    'p',
    'div',
    'span',
    'br',
    'article',
    'figure',
    'figcaption',
    'blockquote',
    'h2',
    'li',
    'ul',
    'aside',
    'script',
    'a',
    'b',
  ],
  ['>', '&#x', '<br><br>'],
  60,
)

test('on arbitrary markup a page or feed never throws, and gives articles or one-line reasons', () => {
  fc.assert(
    fc.property(markup, fc.constantFrom('any.html', 'any.rss', 'any.json'), (html, file) => {
      const { articles, problems } = readArticles(file, new TextEncoder().encode(html))
      for (const problem of problems) expect(problem.reason).not.toContain('\n')
      for (const article of articles) {
        expect(article.title.length).toBeGreaterThan(0)
        article.quotes.forEach((quote) =>
          expect(article.paragraphs[quote.paragraph]?.slice(quote.start, quote.end)).toBe(quote.text),
        )
      }
    }),
    { numRuns: 200 },
  )
})

test('on arbitrary paragraphs in a page every paragraph comes through as text, in order', () => {
  fc.assert(
    fc.property(
      fc.array(fc.lorem({ mode: 'sentences', maxCount: 3 }), { minLength: 3, maxLength: 8 }),
      (sentences) => {
        // Long enough together to be an article (a page of a few short lines is no article, by design).
        const tail = 'and the story goes on at some length here, as stories in the paper do.'
        const body = sentences.map((s) => `${s.trim() || 'Text'} ${tail}`)
        const html = `<html><head><title>A headline for the story</title></head><body><article>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
        const { articles } = readArticles('any.html', new TextEncoder().encode(html))
        // A paragraph said twice in a row is said once; said again later, it is the story's own.
        expect(articles.flatMap((a) => a.paragraphs)).toEqual(body.filter((p, i) => p !== body[i - 1]))
      },
    ),
    { numRuns: 100 },
  )
})
