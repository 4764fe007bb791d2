import { expect, test } from 'vitest'
import type { Quote } from '../../lib/article.ts'
import { toReadingMinutes, toSegments } from './segments.ts'

const quote = (start: number, end: number, text: string, n = 1): Quote => ({
  id: `quote-${n}`,
  paragraph: 0,
  start,
  end,
  text,
  partial: false,
  speaker: null,
})

test('a paragraph is cut into text and quotes that read back as the whole paragraph', () => {
  const paragraph = '"We are ready," he said. "We will talk."'
  const segments = toSegments(paragraph, [quote(26, 39, 'We will talk.', 2), quote(1, 14, 'We are ready,')])
  expect(segments.map((s) => [s.text, s.quote?.id ?? null])).toEqual([
    ['"', null],
    ['We are ready,', 'quote-1'],
    ['" he said. "', null],
    ['We will talk.', 'quote-2'],
    ['"', null],
  ])
  expect(segments.map((s) => s.text).join('')).toBe(paragraph)
})

test('a quote whose offsets do not fit the paragraph is left out, not garbled', () => {
  const segments = toSegments('Short text.', [quote(5, 50, 'nonsense')])
  expect(segments).toEqual([{ text: 'Short text.', quote: null }])
})

test('reading time counts words at 230 a minute', () => {
  expect(toReadingMinutes(['word '.repeat(460)])).toBe(2)
  expect(toReadingMinutes(['A few words.'])).toBe(1)
})
