import { expect, test } from 'vitest'
import { toIsoDate } from './published.ts'

test('publication dates in agency, British and ISO styles read as the same ISO date', () => {
  expect(toIsoDate('Published: January 16, 2026')).toBe('2026-01-16')
  expect(toIsoDate('16 Jan 2026 10:30 GMT')).toBe('2026-01-16')
  expect(toIsoDate('2026-01-16')).toBe('2026-01-16')
})

test('an impossible date is not invented into a real one', () => {
  expect(toIsoDate('February 30, 2026')).toBeNull()
  expect(toIsoDate('Updated recently')).toBeNull()
})
