import { expect, test } from 'vitest'
import { describeMention } from './mention.ts'
import { readNounPhrase } from './noun-phrase.ts'
import { tokenize } from '../words/tokens.ts'

const describe = (text: string) => describeMention(text, readNounPhrase(tokenize(text), 0)!)

test('titles are stripped from person names and give a gender when they can', () => {
  expect(describe('Deputy Prime Minister Ishaq Dar')).toMatchObject({
    type: 'name',
    name: 'Ishaq Dar',
    kind: 'person',
  })
  expect(describe('Mrs Smith')).toMatchObject({ name: 'Smith', gender: 'f' })
  expect(describe('Interior Ministry spokesman Ali Khan')).toMatchObject({ name: 'Ali Khan', gender: 'm' })
})

test('organisation words, "the" before a name and countries make a body', () => {
  expect(describe('the Saudi Ministry of Foreign Affairs')).toMatchObject({ kind: 'organization' })
  expect(describe("Pakistan's Foreign Office")).toMatchObject({
    name: 'Foreign Office',
    kind: 'organization',
  })
  expect(describe('the Taliban')).toMatchObject({ name: 'Taliban', kind: 'organization' })
  expect(describe('Pakistan')).toMatchObject({ kind: 'organization' })
})

test('acronyms stay acronyms unless they are title acronyms', () => {
  expect(describe('the NDS')).toEqual({ type: 'acronym', acronym: 'NDS' })
  expect(describe('the PM')).toMatchObject({
    type: 'common',
    category: 'person',
    words: ['prime', 'minister'],
  })
})

test('common noun phrases are definite or not and fall into person, body or document', () => {
  expect(describe('a security source')).toMatchObject({ type: 'common', definite: false, category: 'person' })
  expect(describe('the source')).toMatchObject({ definite: true, head: 'source' })
  expect(describe('the foreign office')).toMatchObject({
    category: 'org',
    text: 'foreign office',
    words: ['foreign', 'office'],
  })
  expect(describe('The statement')).toMatchObject({ category: 'doc', definite: true })
  expect(describe('US officials')).toMatchObject({ definite: false, plural: true })
})

test('a document phrase names its issuer when the phrase holds one', () => {
  expect(describe('a Reuters report')).toMatchObject({ type: 'name', name: 'Reuters', kind: 'organization' })
  expect(describe('the ISPR statement')).toEqual({ type: 'acronym', acronym: 'ISPR' })
  expect(describe("the ministry's statement")).toMatchObject({
    type: 'common',
    category: 'org',
    head: 'ministry',
  })
})

test('a state or province speaking is its government, a body', () => {
  expect(describe('California')).toMatchObject({ kind: 'organization' })
  expect(describe('Khyber Pakhtunkhwa')).toMatchObject({ kind: 'organization' })
})
