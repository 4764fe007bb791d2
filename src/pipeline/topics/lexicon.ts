import { PhraseIndex } from '../words/phrase-index.ts'
import { businessCues } from './cues/business.ts'
import { conflictCues } from './cues/conflict.ts'
import { crimeCues } from './cues/crime.ts'
import { splitCues, type CueTable } from './cues/cue-table.ts'
import { cultureSportCues } from './cues/culture-sport.ts'
import { disasterEnvironmentCues } from './cues/disaster-environment.ts'
import { economyCues } from './cues/economy.ts'
import { healthEducationCues } from './cues/health-education.ts'
import { ignoredPhrases, labelStoplist } from './cues/label-stoplist.ts'
import { labourCues } from './cues/labour.ts'
import { lifestyleCues } from './cues/lifestyle.ts'
import { politicsCues } from './cues/politics.ts'
import { scienceCues } from './cues/science.ts'
import { societyCues } from './cues/society.ts'
import { allConcepts, getAncestors } from './taxonomy.ts'
import { toTerms } from './topic-terms.ts'

/** Where a lexicon phrase came from: an IPTC label, a curated cue, or a phrase read and ignored. */
export type PhraseSource = 'label' | 'strong' | 'weak' | 'ignore'

export type LexiconPhrase = {
  /** The phrase as written in the label or cue table. */
  text: string
  terms: string[]
  /** The concept it is evidence for; empty for ignored phrases. */
  topic: string
  weight: number
  source: PhraseSource
}

export const cueTables: readonly CueTable[] = [
  politicsCues,
  conflictCues,
  crimeCues,
  economyCues,
  businessCues,
  labourCues,
  healthEducationCues,
  societyCues,
  disasterEnvironmentCues,
  scienceCues,
  cultureSportCues,
  lifestyleCues,
]

const WEIGHT: Record<PhraseSource, number> = { label: 1, strong: 1, weak: 0.5, ignore: 0 }

/** Label phrases: "crime, law and justice" → "crime", "law", "justice"; "appeal (court)" → "appeal". */
export function labelPhrases(name: string): string[] {
  return name
    .replace(/\s*\([^)]*\)/g, '')
    .split(/,\s*|\s+(?:and|or)\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 1)
}

function buildPhrases(): Map<string, LexiconPhrase> {
  const byKey = new Map<string, LexiconPhrase>()
  const stop = new Set(splitCues(labelStoplist).map((p) => toTerms(p).join(' ')))
  // Labels first; when two concepts share a label word, the deeper (more specific) one keeps it.
  for (const concept of allConcepts()) {
    for (const text of labelPhrases(concept.name)) {
      const terms = toTerms(text)
      const key = terms.join(' ')
      if (!key || stop.has(key)) continue
      const held = byKey.get(key)
      if (held && getAncestors(held.topic).length >= getAncestors(concept.id).length) continue
      byKey.set(key, { text, terms, topic: concept.id, weight: WEIGHT.label, source: 'label' })
    }
  }
  // Curated cues override labels: they are the reviewed reading of a word.
  for (const table of cueTables) {
    for (const [topic, entry] of Object.entries(table)) {
      for (const source of ['strong', 'weak'] as const) {
        for (const text of splitCues(entry[source])) {
          const terms = toTerms(text)
          byKey.set(terms.join(' '), { text, terms, topic, weight: WEIGHT[source], source })
        }
      }
    }
  }
  for (const text of splitCues(ignoredPhrases)) {
    const terms = toTerms(text)
    byKey.set(terms.join(' '), { text, terms, topic: '', weight: 0, source: 'ignore' })
  }
  return byKey
}

const phrases = buildPhrases()

/** Phrases indexed by their first term, longest first, so a scan can take the longest match. */
const byFirstTerm = new Map<string, LexiconPhrase[]>()
for (const phrase of phrases.values()) {
  const first = phrase.terms[0]
  if (first === undefined) continue
  const list = byFirstTerm.get(first) ?? []
  list.push(phrase)
  byFirstTerm.set(first, list)
}
for (const list of byFirstTerm.values()) list.sort((a, b) => b.terms.length - a.terms.length)

const index = new PhraseIndex(byFirstTerm, 14)

/** The longest lexicon phrase starting at terms[at], if any. */
export function matchAt(terms: readonly string[], at: number): LexiconPhrase | undefined {
  const term = terms[at]
  const phrases = term === undefined ? undefined : index.startingWith(term)
  if (!phrases) return undefined
  outer: for (const phrase of phrases) {
    if (at + phrase.terms.length > terms.length) continue
    for (let i = 1; i < phrase.terms.length; i++) if (terms[at + i] !== phrase.terms[i]) continue outer
    return phrase
  }
  return undefined
}

/** Every phrase of the lexicon (for tests and for explaining choices). */
export function allPhrases(): readonly LexiconPhrase[] {
  return [...phrases.values()]
}
