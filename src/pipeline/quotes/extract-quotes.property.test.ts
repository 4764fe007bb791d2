import fc from 'fast-check'
import { expect, test } from 'vitest'
import { extractQuotes } from './extract-quotes.ts'

// Text built from the characters that matter: every kind of mark, apostrophes in words, speech verbs,
// capitals, sentence ends and paragraph-like lines.
const piece = fc.constantFrom(
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '„',
  '«',
  '»',
  ' ',
  ', ',
  '. ',
  ': ',
  '(',
  ')',
  '—',
  'he said',
  'said',
  'told',
  'the source',
  'a security source',
  'according to',
  'Mr',
  'Dr.',
  'Ali Khan',
  'NDS',
  '(NDS)',
  'the Ministry',
  "don't",
  'students’',
  '’90s',
  "rock 'n' roll",
  'It',
  'they',
  'She',
  'added',
  'in a statement',
  'Directorate',
  'of',
  'and',
  'x',
  '\n',
  '\t',
  '…',
  '!',
  '?',
  '1990',
)
const paragraph = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 60 }),
)
const context = fc.option(fc.record({ title: paragraph, summary: fc.array(paragraph, { maxLength: 2 }) }), {
  nil: undefined,
})

test('on any text extraction never throws and every quote points at its own text', () => {
  fc.assert(
    fc.property(fc.array(paragraph, { maxLength: 6 }), context, (paragraphs, ctx) => {
      const quotes = extractQuotes(paragraphs, ctx)
      quotes.forEach((q, i) => {
        expect(q.id).toBe(`quote-${i + 1}`)
        expect(q.paragraph).toBeGreaterThanOrEqual(0)
        expect(q.paragraph).toBeLessThan(paragraphs.length)
        expect(q.end).toBeGreaterThan(q.start)
        expect(paragraphs[q.paragraph]?.slice(q.start, q.end)).toBe(q.text)
        if (q.speaker) expect(q.speaker.name.length).toBeGreaterThan(0)
      })
      // Reading order: paragraph, then offset.
      for (let i = 1; i < quotes.length; i++) {
        const [a, b] = [quotes[i - 1], quotes[i]]
        if (a && b)
          expect(a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.end <= b.start)).toBe(true)
      }
    }),
    { numRuns: 400 },
  )
})
