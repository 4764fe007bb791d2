import { expect, test } from 'vitest'
import { buildMemory } from './build-memory.ts'
import { readQuotes } from './read-spans.ts'

test('the headline block and the body feed names and acronyms; quoted words do not', () => {
  const paragraphs = [`The Directorate of National Security (NDS) said "Government Officials Met" on Friday.`]
  const memory = buildMemory(paragraphs, [readQuotes(paragraphs[0]!, 0)], {
    title: 'Ishaq Dar, Kaja Kallas discuss tensions',
    summary: [],
  })
  expect(memory.acronyms.get('NDS')).toBe('Directorate of National Security')
  expect(memory.persons.get('dar')).toEqual(['Ishaq Dar'])
  expect(memory.entities.some((e) => e.name.includes('Officials'))).toBe(false)
  expect(memory.entities.every((e, i, all) => i === 0 || (all[i - 1] as { at: number }).at <= e.at)).toBe(
    true,
  )
})
