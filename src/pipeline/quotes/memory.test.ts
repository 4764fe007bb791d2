import { expect, test } from 'vitest'
import { fullestName, nearest, position, type Candidate } from './memory.ts'
import { candidate, memory as baseMemory } from './memory-fixtures.ts'

const persons = new Map([
  ['wahidullah', ['Wahidullah Ghazikhail']],
  ['ghazikhail', ['Wahidullah Ghazikhail']],
])
const memory = (entities: Candidate[], speakers: Candidate[] = []) =>
  baseMemory(entities, speakers, { persons })

test('the nearest fitting candidate before a position wins, speakers and entities merged', () => {
  const m = memory(
    [candidate('A', position(0, 5)), candidate('B', position(1, 5))],
    [candidate('C', position(1, 2), { speaker: true })],
  )
  expect(nearest(m, position(1, 10), () => true)?.name).toBe('B')
  expect(nearest(m, position(1, 4), () => true)?.name).toBe('C')
  expect(nearest(m, position(1, 4), (c) => !c.speaker)?.name).toBe('A')
  expect(nearest(m, position(0, 1), () => true)).toBeNull()
})

test('a surname or first name gives the fullest name the article uses', () => {
  const m = memory([])
  expect(fullestName(m, 'Ghazikhail')).toBe('Wahidullah Ghazikhail')
  expect(fullestName(m, 'Wahidullah')).toBe('Wahidullah Ghazikhail')
  expect(fullestName(m, 'Smith')).toBe('Smith')
})
