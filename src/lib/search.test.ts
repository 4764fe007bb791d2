import { expect, test } from 'vitest'
import { findStories, toQueryTerms, type SearchShard } from './search.ts'
import { markTerms, toTerms } from './search-terms.ts'

test('words are folded to lower-case ASCII, possessives and stop words dropped', () => {
  expect(toTerms('The EU’s Kallas met Dar in Doha — café')).toEqual([
    'eu',
    'kallas',
    'met',
    'dar',
    'doha',
    'cafe',
  ])
})

test('every query word must match, each as the start of a word', () => {
  const shards = new Map<string, SearchShard>([
    ['ka', { kabul: [0], kallas: [1, 2] }],
    ['di', { dialogue: [1], diplomacy: [0, 1] }],
  ])
  expect([...findStories(toQueryTerms('Kallas'), shards)]).toEqual([1, 3])
  expect([...findStories(toQueryTerms('kallas diplom'), shards)]).toEqual([1])
  expect([...findStories(toQueryTerms('kabul dialogue'), shards)]).toEqual([])
})

test('matching words are marked, the rest of the text kept as it was', () => {
  expect(markTerms('Ishaq Dar, Kaja Kallas discuss', ['kallas', 'dar'])).toEqual([
    { text: 'Ishaq ', marked: false },
    { text: 'Dar', marked: true },
    { text: ', Kaja ', marked: false },
    { text: 'Kallas', marked: true },
    { text: ' discuss', marked: false },
  ])
})
