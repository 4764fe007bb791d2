import { expect, test } from 'vitest'
import { sentenceEnd, sentenceStart, splitSentences } from './sentences.ts'

test('abbreviations and initials do not end a sentence', () => {
  const text = 'Mr. Smith met Gen. A. Khan in the U.S. on Monday. Then he left.'
  expect(splitSentences(text).map(([a, b]) => text.slice(a, b).trim())).toEqual([
    'Mr. Smith met Gen. A. Khan in the U.S. on Monday.',
    'Then he left.',
  ])
})

test('a sentence ending inside a quote ends after the closing mark', () => {
  const text = `"We won." The crowd cheered.`
  expect(sentenceStart(text, text.indexOf('The'), 0)).toBe(text.indexOf('The'))
  expect(sentenceEnd(text, 0, text.length)).toBe(text.indexOf('.') + 1)
})

test('the search never looks past its floor or ceiling', () => {
  const text = 'One. Two three four'
  expect(sentenceStart(text, 15, 8)).toBe(8)
  expect(sentenceEnd(text, 6, 12)).toBe(12)
})
