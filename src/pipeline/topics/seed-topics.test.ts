import { expect, test } from 'vitest'
import { findTopics } from './find-topics.ts'
import { seedKabul, seedIslamabad } from '../fixtures/seed-articles.ts'

const idsAndAncestors = (topics: ReturnType<typeof findTopics>) =>
  new Set(topics.flatMap((t) => [t.id, ...t.ancestors]))

test('the Kabul counterterrorism article is about terrorism, under conflict or crime, and politics', () => {
  const all = idsAndAncestors(findTopics(seedKabul))
  expect(all.has('medtop:16000000') || all.has('medtop:02000000')).toBe(true)
  expect(all.has('medtop:11000000')).toBe(true)
  expect(all.has('medtop:20000053') || all.has('medtop:20000103')).toBe(true)
})

test('the Islamabad call article is politics and diplomacy', () => {
  const topics = findTopics(seedIslamabad)
  const all = idsAndAncestors(topics)
  expect(all.has('medtop:11000000')).toBe(true)
  expect(topics[0]?.id).toBe('medtop:20000639')
})

test('the Islamabad call article keeps the unrest in Iran as a secondary topic', () => {
  const all = idsAndAncestors(findTopics(seedIslamabad))
  expect(all.has('medtop:20000065')).toBe(true)
})
