import { expect, test } from 'vitest'
import { anArticle } from './fixtures/article.fixtures.ts'
import { PRECOMPUTED_VALUES, toFacetIndex, toFacetValues, toVocabulary } from './facet-index.ts'

const kabul = anArticle({
  dateline: { city: 'Kabul', country: 'AF' },
  countries: [
    { code: 'AF', name: 'Afghanistan', mentions: 2, role: 'dateline' },
    { code: 'PK', name: 'Pakistan', mentions: 3, role: 'subject' },
    { code: 'QA', name: 'Qatar', mentions: 1, role: 'mentioned' },
  ],
  regions: [{ id: 'southern-asia', name: 'Southern Asia' }],
  topics: [{ id: 'medtop:20000639', name: 'diplomacy', ancestors: ['medtop:11000000', 'medtop:20000638'] }],
})

test('countries mentioned in passing are not facet values; dateline and subjects are, lower-cased', () => {
  expect(toFacetValues(kabul).country).toEqual(['af', 'pk'])
})

test('a topic brings its ancestors as slugs, so filtering by politics finds diplomacy', () => {
  expect(toFacetValues(kabul).topic).toEqual(['diplomacy', 'politics', 'international-relations'])
})

test('the index stores each article as integer positions into one value table per group', () => {
  const doha = anArticle({ countries: [{ code: 'QA', name: 'Qatar', mentions: 2, role: 'subject' }] })
  const { index } = toFacetIndex([kabul, doha])
  expect(index.values.country).toEqual(['af', 'pk', 'qa'])
  expect(index.articles.map((a) => a[0])).toEqual([[0, 1], [2]])
  expect(index.total).toBe(2)
})

test('the precomputed counts are sorted by count and carry names', () => {
  const lahore = anArticle({ countries: [{ code: 'PK', name: 'Pakistan', mentions: 2, role: 'dateline' }] })
  const { counts } = toFacetIndex([kabul, lahore])
  expect(counts.groups.country).toEqual([
    { value: 'pk', name: 'Pakistan', count: 2 },
    { value: 'af', name: 'Afghanistan', count: 1 },
  ])
})

test('the vocabulary holds every valid value, including ones no story has', () => {
  const vocabulary = toVocabulary()
  expect(vocabulary.country).toContainEqual({ value: 'qa', name: 'Qatar' })
  expect(vocabulary.region.map((r) => r.value)).toContain('central-asia')
  expect(vocabulary.topic.map((t) => t.value)).toContain('politics')
  expect(vocabulary.country.map((c) => c.value)).not.toContain('zz')
})

test('the precomputed counts keep only the most frequent values, and say how many there are', () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    anArticle({ countries: [{ code: `C${i}`, name: `Country ${i}`, mentions: 1, role: 'subject' }] }),
  )
  const { counts } = toFacetIndex(many)
  expect(counts.groups.country).toHaveLength(PRECOMPUTED_VALUES)
  expect(counts.distinct.country).toBe(40)
})

test('a topic in the vocabulary names its parent, so the panel can show the IPTC tree', () => {
  const topics = toVocabulary().topic
  expect(topics.find((t) => t.value === 'police')?.parent).toBe('law-enforcement')
  expect(topics.find((t) => t.value === 'law-enforcement')?.parent).toBe('crime-law-and-justice')
  expect(topics.find((t) => t.value === 'crime-law-and-justice')).not.toHaveProperty('parent')
})

test('a country in the vocabulary carries its other names, so "UK" and "Britain" find it', () => {
  const uk = toVocabulary().country.find((c) => c.value === 'gb')
  expect(uk?.alt).toEqual(expect.arrayContaining(['UK', 'Great Britain']))
})

test('the precomputed topic counts carry each topic’s parent', () => {
  const { counts } = toFacetIndex([kabul])
  expect(counts.groups.topic).toContainEqual({
    value: 'diplomacy',
    name: 'diplomacy',
    parent: 'international-relations',
    count: 1,
  })
})
