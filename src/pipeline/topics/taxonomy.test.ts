import { expect, test } from 'vitest'
import { allConcepts, getTopic, listTopics } from './taxonomy.ts'

test('the data holds the 17 IPTC top-level subjects', () => {
  expect(allConcepts().filter((c) => c.broader === null)).toHaveLength(17)
})

test('every broader concept exists, so every ancestor chain ends at a top-level subject', () => {
  const ids = new Set(allConcepts().map((c) => c.id))
  for (const concept of allConcepts()) if (concept.broader) expect(ids.has(concept.broader)).toBe(true)
  for (const topic of listTopics()) {
    const top = topic.ancestors[0]
    if (top) expect(getTopic(top)?.ancestors).toEqual([])
  }
})

test('retired concepts are left out of the data', () => {
  // court administration, defendant, witness: retired in the 2023 release
  for (const id of ['medtop:20000109', 'medtop:20000113', 'medtop:20000115'])
    expect(getTopic(id)).toBeUndefined()
})

test('getTopic gives the name and the ancestors top-level first', () => {
  expect(getTopic('medtop:20000640')).toEqual({
    id: 'medtop:20000640',
    name: 'summit meetings',
    ancestors: ['medtop:11000000', 'medtop:20000638', 'medtop:20000639'],
  })
  expect(getTopic('medtop:99999999')).toBeUndefined()
})

test('topic slugs fold case, punctuation and apostrophes', () => {
  const slugOf = (name: string) => listTopics().find((t) => t.name === name)?.slug
  expect(slugOf('diplomacy')).toBe('diplomacy')
  expect(slugOf('act of terror')).toBe('act-of-terror')
  expect(slugOf('crime, law and justice')).toBe('crime-law-and-justice')
  expect(slugOf("coup d'etat")).toBe('coup-detat')
})

test('topic slugs are unique, so a topic filter names one topic', () => {
  const slugs = listTopics().map((t) => t.slug)
  expect(new Set(slugs).size).toBe(slugs.length)
})
