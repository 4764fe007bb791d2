import { expect, test } from 'vitest'
import { extractQuotes } from './extract-quotes.ts'

// Not a timing assertion: the per-test timeout only catches a blow-up (quadratic scans, regex
// backtracking) on hostile 50 KB paragraphs, which would take seconds or minutes rather than milliseconds.
const hostile = [
  `"'`,
  `“a ‘b’ `,
  `'a `,
  `"a," he said. `,
  `Mr. A. B. `,
  `'The students' union `,
  `"“”"`,
  ` '90s ’n’ `,
  `The Ministry of A and B of C `,
  `a.`,
  `he said, `,
]

for (const unit of hostile) {
  test(`a 50 KB paragraph of ${JSON.stringify(unit)} finishes without a blow-up`, { timeout: 10_000 }, () => {
    const text = unit.repeat(Math.ceil(50_000 / unit.length))
    for (const q of extractQuotes([text])) expect(text.slice(q.start, q.end)).toBe(q.text)
  })
}
