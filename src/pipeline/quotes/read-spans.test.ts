import { expect, test } from 'vitest'
import { readQuotes } from './read-spans.ts'

test('only direct quotations are kept, each with its nearest attribution', () => {
  const text = `The two-day "Regional Conference on Campaign Against Terrorism" ended. "It went well," the NDS said.`
  const found = readQuotes(text, 3)
  expect(found).toHaveLength(1)
  expect(found[0]).toMatchObject({ paragraph: 3, partial: false })
  expect(text.slice(found[0]!.span.start, found[0]!.span.end)).toBe('It went well,')
  expect(found[0]!.attribution).not.toBeNull()
})

test('a quote with no attribution in its sentence has none', () => {
  expect(readQuotes(`"Participants focused on joint threats."`, 0)[0]?.attribution).toBeNull()
})
