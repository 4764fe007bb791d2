import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'

const roles = (input: {
  title?: string
  summary?: string[]
  paragraphs: string[]
  datelineCountry?: string
}) =>
  findCountries({ title: '', summary: [], datelineCountry: null, ...input }).map((c) => `${c.code} ${c.role}`)

test('the dateline country has the dateline role even when the text never names it', () => {
  expect(roles({ paragraphs: ['Officials met on Thursday.'], datelineCountry: 'PK' })).toEqual([
    'PK dateline',
  ])
})

test('the dateline role wins over subject', () => {
  expect(roles({ title: 'Pakistan votes', paragraphs: ['Pakistan voted.'], datelineCountry: 'PK' })).toEqual([
    'PK dateline',
  ])
})

test('a country in the headline is a subject however rarely the body names it', () => {
  expect(roles({ title: 'Pakistan urges dialogue on Iran', paragraphs: ['China was not asked.'] })).toEqual([
    'PK subject',
    'IR subject',
    'CN mentioned',
  ])
})

test('a country among the most mentioned is a subject: three mentions and half the top count', () => {
  const paragraphs = [
    'India and India and India and India said Nepal and Nepal and Nepal would talk.',
    'Bhutan and Bhutan joined; China watched.',
  ]
  expect(roles({ paragraphs })).toEqual(['IN subject', 'NP subject', 'BT mentioned', 'CN mentioned'])
})

test('a country named only in a summary bullet is mentioned, not a subject', () => {
  const summary = ['No representatives from India, Iran, China and Russia were present']
  expect(
    roles({ title: 'Afghan officials meet', summary, paragraphs: ['Afghanistan hosted the meeting.'] }),
  ).toEqual(['AF subject', 'IN mentioned', 'IR mentioned', 'CN mentioned', 'RU mentioned'])
})

test('countries carry readable names and mention counts', () => {
  const countries = findCountries({
    title: 'US and UK talk',
    summary: ['South Korea joins'],
    paragraphs: ['The United States and Britain met South Korean and Russian envoys.'],
    datelineCountry: null,
  })
  expect(countries).toEqual([
    { code: 'US', name: 'United States', mentions: 2, role: 'subject' },
    { code: 'GB', name: 'United Kingdom', mentions: 2, role: 'subject' },
    { code: 'KR', name: 'South Korea', mentions: 2, role: 'mentioned' },
    { code: 'RU', name: 'Russia', mentions: 1, role: 'mentioned' },
  ])
})
