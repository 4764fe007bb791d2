import { expect, test } from 'vitest'
import { findEntities } from './find-entities.ts'
import { seedKabul, seedIslamabad } from '../fixtures/seed-articles.ts'

const names = (list: { name: string }[]) => list.map((e) => e.name)

test('the Kabul article names one person and its organisations, acronyms folded into full names', () => {
  const { people, organizations } = findEntities(seedKabul)
  expect(names(people)).toEqual(['Wahidullah Ghazikhail'])
  expect(names(organizations)).toEqual(
    expect.arrayContaining([
      'Directorate of National Security',
      'Afghan Centre for Strategic Studies and Research',
      'NATO',
      'Taliban',
      'Al-Qaeda',
      'Arab News',
    ]),
  )
  expect(organizations.find((o) => o.name === 'Directorate of National Security')?.mentions).toBe(2)
  expect(names(organizations)).not.toContain('NDS')
})

test('the Kabul article returns no place, demonym or event as an organisation', () => {
  const orgs = names(findEntities(seedKabul).organizations)
  for (const wrong of [
    'Kabul',
    'Afghan',
    'US',
    'Central Asia',
    'Regional Conference on Campaign Against Terrorism',
  ])
    expect(orgs).not.toContain(wrong)
})

test('the Islamabad article names Dar and Kallas once each, counting their later surnames', () => {
  const { people, organizations } = findEntities(seedIslamabad)
  expect(people).toEqual([
    { name: 'Ishaq Dar', mentions: 3 },
    { name: 'Kaja Kallas', mentions: 3 },
  ])
  expect(names(organizations)).toEqual(expect.arrayContaining(['European Union', 'Reuters']))
  expect(organizations[0]).toEqual({ name: 'European Union', mentions: 5 })
})
