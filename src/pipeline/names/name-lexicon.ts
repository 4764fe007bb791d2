import { nameKey } from '../words/name-key.ts'
import { knownOrgs, type KnownOrg } from './known-orgs.ts'

const knownByKey = new Map<string, KnownOrg>()
for (const org of knownOrgs) {
  for (const form of [org.name, ...org.aliases]) knownByKey.set(nameKey(form), org)
}
const knownByAcronym = new Map(knownOrgs.flatMap((o) => (o.acronym ? [[o.acronym, o] as const] : [])))

/** A well-known organisation by any of its spellings ("al-Qaida" → Al-Qaeda) or its acronym ("NATO"). */
export function findKnownOrg(text: string): KnownOrg | undefined {
  return knownByAcronym.get(text) ?? knownByKey.get(nameKey(text))
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const knownForms = knownOrgs
  .flatMap((o) => [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])])
  .sort((a, b) => b.length - a.length)
const knownPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${knownForms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
)

/** Every well-known organisation named in a text, by exact spelling (for Headline Case segments). */
export function findKnownOrgsIn(text: string): { org: KnownOrg; text: string }[] {
  return [...text.matchAll(knownPattern)].flatMap((m) => {
    const org = findKnownOrg(m[0])
    return org ? [{ org, text: m[0] }] : []
  })
}
