import { expect, test } from 'vitest'
import { readQuotes as read } from './read-quotes.ts'

test('a paragraph that only repeats words quoted elsewhere is a pull quote, listed once where it is said', () => {
  const quotes = read(
    `The Dubai Metro extension will open next spring, the Roads and Transport Authority said.`,
    `‘A line for the whole city.’`,
    `“This is a line for the whole city, not only for the new districts,” RTA director Mattar Al Tayer said.`,
  )
  expect(quotes.map((q) => [q.p, q.name])).toEqual([[2, 'Mattar Al Tayer']])
})

test('a quote alone in its paragraph stays when no other quote holds all its words', () => {
  const quotes = read(
    `“We will rebuild every school,” the Sindh education minister said.`,
    `“No.”`,
    `“We will rebuild the roads first,” he added when asked about the budget.`,
  )
  expect(quotes.map((q) => q.text)).toEqual([
    'We will rebuild every school,',
    'No.',
    'We will rebuild the roads first,',
  ])
})
