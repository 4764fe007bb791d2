import { expect, test } from 'vitest'
import { toCredit } from './credit.ts'

test('a byline is led by "By"', () => {
  expect(toCredit('Jane Doe, Reuters', undefined)).toEqual({ byline: 'By Jane Doe, Reuters', outlet: null })
})

test('a byline that already starts with "By" is shown as written', () => {
  expect(toCredit('By Jane Doe', undefined).byline).toBe('By Jane Doe')
  expect(toCredit('BY JANE DOE', undefined).byline).toBe('BY JANE DOE')
  expect(toCredit('Byron Khan', undefined).byline).toBe('By Byron Khan')
})

test('the outlet is shown unless the byline names it', () => {
  expect(toCredit('Staff Reporter', 'Dawn')).toEqual({ byline: 'By Staff Reporter', outlet: 'Dawn' })
  expect(toCredit('Jane Doe, Reuters', 'Reuters').outlet).toBeNull()
  expect(toCredit('Jane Doe, AFP', 'afp').outlet).toBeNull()
  expect(toCredit('Jane Doe in Japan', 'AP').outlet).toBe('AP')
})

test('an outlet without a byline stands alone, and nothing gives nothing', () => {
  expect(toCredit(undefined, 'AFP')).toEqual({ byline: null, outlet: 'AFP' })
  expect(toCredit(undefined, undefined)).toEqual({ byline: null, outlet: null })
  expect(toCredit('  ', ' ')).toEqual({ byline: null, outlet: null })
})
