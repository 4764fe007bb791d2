import { expect, test } from 'vitest'
import type { FacetCount } from './facets.ts'
import { hasChosenBelow, toTopicPath, toTopicTree } from './topic-tree.ts'

const topic = (value: string, count: number, parent?: string): FacetCount => ({
  value,
  name: value.replace(/-/g, ' '),
  count,
  ...(parent ? { parent } : {}),
})

const values = [
  topic('crime-law-and-justice', 3),
  topic('politics', 2),
  topic('law-enforcement', 2, 'crime-law-and-justice'),
  topic('police', 1, 'law-enforcement'),
  topic('diplomacy', 1, 'international-relations'),
]

test('topics stand under their parents, and a topic whose parent has no stories stands at the top', () => {
  const tree = toTopicTree(values)
  expect(tree.map((node) => node.value.value)).toEqual(['crime-law-and-justice', 'politics', 'diplomacy'])
  const crime = tree[0]!
  expect(crime.children.map((node) => node.value.value)).toEqual(['law-enforcement'])
  expect(crime.children[0]!.children.map((node) => node.value.value)).toEqual(['police'])
})

test('a topic with a chosen topic anywhere below it is partly chosen; one with none is not', () => {
  const [crime, politics] = toTopicTree(values)
  expect(hasChosenBelow(crime!, new Set(['police']))).toBe(true)
  expect(hasChosenBelow(crime!, new Set(['crime-law-and-justice']))).toBe(false)
  expect(hasChosenBelow(politics!, new Set(['police']))).toBe(false)
})

test('a topic’s path names its ancestors top-level first', () => {
  expect(toTopicPath(values[3]!, values)).toEqual(['crime law and justice', 'law enforcement'])
  expect(toTopicPath(values[0]!, values)).toEqual([])
})
