import { expect, test } from 'vitest'
import { findTopics } from './find-topics.ts'
import { seedKabul, seedIslamabad } from '../fixtures/seed-articles.ts'

const samples = [
  seedKabul,
  seedIslamabad,
  {
    title: 'Oil prices jump after OPEC+ agrees deeper output cuts',
    summary: [],
    paragraphs: ['Brent crude rose 2%.'],
  },
  {
    title: 'IMF approves $1.1bn loan tranche for Pakistan',
    summary: ['The finance ministry welcomed the bailout'],
    paragraphs: ['ISLAMABAD: The International Monetary Fund board approved the tranche on Monday.'],
  },
  {
    title: 'Kenyan police fire tear gas at tax protesters',
    summary: [],
    paragraphs: ['NAIROBI (Reuters) - Police fired tear gas at protesters marching against tax increases.'],
  },
]

test('every article gets one to four topics', () => {
  for (const input of samples) {
    const topics = findTopics(input)
    expect(topics.length).toBeGreaterThanOrEqual(1)
    expect(topics.length).toBeLessThanOrEqual(4)
  }
})

test('no chosen topic is the ancestor of another, so each is the most specific fit', () => {
  for (const input of samples) {
    const topics = findTopics(input)
    const ancestors = new Set(topics.flatMap((t) => t.ancestors))
    for (const topic of topics) expect(ancestors.has(topic.id)).toBe(false)
  }
})
