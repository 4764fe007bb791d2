import fc from 'fast-check'
import { expect, test } from 'vitest'
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
