import { expect, test } from 'vitest'
import { readByline } from './byline.ts'

test('a byline is read without its "By", with the outlet it names', () => {
  expect(readByline('By Jane Doe, Reuters')).toEqual({ byline: 'Jane Doe, Reuters', outlet: 'Reuters' })
  expect(readByline('BY JANE DOE | AFP')).toEqual({ byline: 'JANE DOE | AFP', outlet: 'AFP' })
  expect(readByline('By Asif Khan and Sara Malik in Islamabad')).toEqual({
    byline: 'Asif Khan and Sara Malik in Islamabad',
  })
  expect(readByline('By Our Correspondent')).toEqual({ byline: 'Our Correspondent' })
  expect(readByline('Jane Doe, Associated Press')).toEqual({
    byline: 'Jane Doe, Associated Press',
    outlet: 'AP',
  })
})

test('desk and staff credits are bylines', () => {
  for (const line of [
    'Staff Reporter',
    'Our Correspondent',
    'From our correspondent',
    'Web Desk',
    'Dawn Report',
  ])
    expect(readByline(line)?.byline, line).toBe(line)
  expect(readByline('Dawn Report')?.outlet).toBe('Dawn')
})

test('a sentence or a heading that opens with "By" is not a byline', () => {
  expect(readByline('By Monday, the talks had collapsed.')).toBeNull()
  expect(readByline('By the numbers')).toBeNull()
  expect(readByline('Report')).toBeNull()
  expect(readByline('Jane Doe, Islamabad')).toBeNull()
})
