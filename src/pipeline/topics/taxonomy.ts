import { toSlug } from '../../lib/slug.ts'
import concepts from './data/mediatopics.json'

/** One live IPTC Media Topic concept as stored in data/mediatopics.json. */
export type TopicConcept = { id: string; name: string; definition: string; broader: string | null }

export type TopicInfo = { id: string; name: string; ancestors: string[] }

const byId = new Map<string, TopicConcept>(concepts.map((c) => [c.id, c]))

function ancestorsOf(id: string): string[] {
  const chain: string[] = []
  for (let up = byId.get(id)?.broader; up; up = byId.get(up)?.broader) chain.unshift(up)
  return chain
}

const ancestorCache = new Map<string, string[]>(concepts.map((c) => [c.id, ancestorsOf(c.id)]))

/** Every live concept, in qcode order (for generators and invariant tests). */
export function allConcepts(): readonly TopicConcept[] {
  return concepts
}

/** The concept with this qcode ("medtop:20000639"), or undefined for unknown and retired codes. */
export function getTopic(qcode: string): TopicInfo | undefined {
  const concept = byId.get(qcode)
  if (!concept) return undefined
  return { id: concept.id, name: concept.name, ancestors: [...(ancestorCache.get(qcode) ?? [])] }
}

/** Ancestor qcodes of a concept, top-level first; empty for top-level and unknown codes. */
export function getAncestors(qcode: string): readonly string[] {
  return ancestorCache.get(qcode) ?? []
}

/**
 * All live topics with their slugs and ancestors, in qcode order (for the app's topic filter). A topic's
 * slug is its name as a URL slug ("crime, law and justice" → "crime-law-and-justice"), as the app links it.
 */
export function listTopics(): { id: string; name: string; slug: string; ancestors: string[] }[] {
  return concepts.map((c) => ({
    id: c.id,
    name: c.name,
    slug: toSlug(c.name),
    ancestors: [...(ancestorCache.get(c.id) ?? [])],
  }))
}
