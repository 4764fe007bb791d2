import { expect, test } from 'vitest'
import { position, type Candidate, type Memory } from './memory.ts'
import { candidate, memory as baseMemory } from './memory-fixtures.ts'
import type { MentionInfo } from './mention.ts'
import { resolveSpeaker } from './resolve-speaker.ts'

const entity = (name: string, kind: Candidate['kind'], at: number, extra: Partial<Candidate> = {}) =>
  candidate(name, at, { kind, ...extra })
const memory = (entities: Candidate[], speakers: Candidate[] = []) =>
  baseMemory(entities, speakers, {
    acronyms: new Map([['NDS', 'Directorate of National Security']]),
    persons: new Map([['dar', ['Ishaq Dar']]]),
  })
const at = position(5, 0)
const resolve = (info: MentionInfo, mention: string, m: Memory, anonymous = false) =>
  resolveSpeaker(info, mention, at, m, anonymous).speaker

test('"he" skips organisations and women for the nearest man or unnamed person', () => {
  const m = memory([
    entity('Ali Khan', 'person', position(1, 0)),
    entity('Maryam Nawaz', 'person', position(2, 0), { gender: 'f' }),
    entity('Foreign Office', 'organization', position(3, 0)),
  ])
  expect(resolve({ type: 'pronoun', pronoun: 'he' }, 'he', m)).toEqual({
    name: 'Ali Khan',
    mention: 'he',
    kind: 'person',
  })
  expect(resolve({ type: 'pronoun', pronoun: 'it' }, 'it', m).name).toBe('Foreign Office')
})

test('"the source" takes the earlier anonymous source', () => {
  const m = memory([], [entity('a security source', 'anonymous', position(2, 0), { speaker: true })])
  const info: MentionInfo = {
    type: 'common',
    definite: true,
    category: 'person',
    head: 'source',
    words: ['source'],
    text: 'source',
    plural: false,
  }
  expect(resolve(info, 'the source', m)).toEqual({
    name: 'a security source',
    mention: 'the source',
    kind: 'anonymous',
  })
})

test('"the statement" resolves to the body that spoke last', () => {
  const m = memory([], [entity('foreign office', 'organization', position(2, 0), { speaker: true })])
  const info: MentionInfo = {
    type: 'common',
    definite: true,
    category: 'doc',
    head: 'statement',
    words: ['statement'],
    text: 'statement',
    plural: false,
  }
  expect(resolve(info, 'The statement', m).name).toBe('foreign office')
})

test('an acronym takes its definition and a surname the full name', () => {
  expect(resolve({ type: 'acronym', acronym: 'NDS' }, 'the NDS', memory([])).name).toBe(
    'Directorate of National Security',
  )
  const info: MentionInfo = { type: 'name', name: 'Dar', kind: 'person', gender: null, words: ['dar'] }
  expect(resolve(info, 'Dar', memory([])).name).toBe('Ishaq Dar')
})

test('an unmatched reference stands on its own: anonymous for sources, a body for offices', () => {
  const source: MentionInfo = {
    type: 'common',
    definite: false,
    category: 'person',
    head: 'official',
    words: ['official'],
    text: 'an official',
    plural: false,
  }
  expect(resolve(source, 'an official', memory([]))).toEqual({
    name: 'an official',
    mention: 'an official',
    kind: 'anonymous',
  })
  const office: MentionInfo = {
    type: 'common',
    definite: true,
    category: 'org',
    head: 'office',
    words: ['foreign', 'office'],
    text: 'foreign office',
    plural: false,
  }
  expect(resolve(office, 'the foreign office', memory([])).kind).toBe('organization')
  expect(resolve({ type: 'pronoun', pronoun: 'she' }, 'she', memory([])).kind).toBe('unknown')
})
