import type { Topic } from '../../lib/article.ts'
import { matchAt } from './lexicon.ts'
import { getAncestors, getTopic } from './taxonomy.ts'
import { toTerms } from './topic-terms.ts'

export type TopicInput = { title: string; summary: string[]; paragraphs: string[] }

export type Zone = 'headline' | 'summary' | 'lede' | 'body'

/** Where a story says what it is about weighs more: the headline most, then summary and first paragraph. */
export const ZONE_WEIGHT: Record<Zone, number> = { headline: 3, summary: 2, lede: 1.5, body: 1 }

/** A concept needs this much evidence (its own plus its narrower concepts') to be chosen… */
export const MIN_SCORE = 2
/** …and at least this share of the own evidence of the strongest concept in the article. */
export const MIN_SHARE = 0.25
export const MAX_TOPICS = 4

export type CueMatch = { cue: string; zone: Zone; count: number; weight: number }

export type TopicCandidate = {
  id: string
  name: string
  /** Evidence from this concept's own cues. */
  own: number
  /** own + the evidence of every narrower concept. */
  total: number
  matches: CueMatch[]
}

export type TopicExplanation = { topics: Topic[]; candidates: TopicCandidate[] }

function zonesOf(input: TopicInput): [Zone, string][] {
  const [lede = '', ...rest] = input.paragraphs
  return [
    ['headline', input.title],
    ...input.summary.map((s): [Zone, string] => ['summary', s]),
    ['lede', lede],
    ...rest.map((p): [Zone, string] => ['body', p]),
  ]
}

/** Cue matches per concept, per zone: the longest phrase wins at each position. */
function collectMatches(input: TopicInput): Map<string, CueMatch[]> {
  const found = new Map<string, Map<string, CueMatch>>()
  for (const [zone, text] of zonesOf(input)) {
    const terms = toTerms(text)
    for (let at = 0; at < terms.length;) {
      const phrase = matchAt(terms, at)
      if (!phrase) {
        at++
        continue
      }
      at += phrase.terms.length
      if (!phrase.topic) continue
      const perTopic = found.get(phrase.topic) ?? new Map<string, CueMatch>()
      const key = `${zone}|${phrase.text}`
      const match = perTopic.get(key) ?? { cue: phrase.text, zone, count: 0, weight: phrase.weight }
      match.count++
      perTopic.set(key, match)
      found.set(phrase.topic, perTopic)
    }
  }
  return new Map([...found].map(([topic, m]) => [topic, [...m.values()]]))
}

/** Per zone, mentions add with diminishing returns: 1 mention → 1, 3 → 2, 7 → 3 (times the zone weight). */
function ownScore(matches: CueMatch[]): number {
  const perZone = new Map<Zone, number>()
  for (const m of matches) perZone.set(m.zone, (perZone.get(m.zone) ?? 0) + m.count * m.weight)
  let score = 0
  for (const [zone, n] of perZone) score += ZONE_WEIGHT[zone] * Math.log2(1 + n)
  return Math.round(score * 100) / 100
}

/**
 * Scores every IPTC concept the text gives evidence for and picks the topics, with the reasons:
 * which cue matched where, each concept's own score and its score with narrower concepts included.
 * The chosen topics are the most specific concepts whose total passes the threshold (MIN_SCORE, and
 * MIN_SHARE of the strongest concept), ranked by total plus their ancestors' own evidence, at most MAX_TOPICS.
 */
export function explainTopics(input: TopicInput): TopicExplanation {
  const matches = collectMatches(input)
  const own = new Map<string, number>()
  const total = new Map<string, number>()
  for (const [topic, list] of matches) {
    const score = ownScore(list)
    own.set(topic, score)
    for (const id of [topic, ...getAncestors(topic)]) total.set(id, (total.get(id) ?? 0) + score)
  }
  // A topic needs MIN_SCORE and a share of the strongest single concept's own evidence; a concept whose
  // evidence is only scattered over narrower concepts (own < 1) needs twice that.
  const strongest = Math.max(0, ...own.values())
  const threshold = Math.max(MIN_SCORE, strongest * MIN_SHARE)
  const qualifies = (id: string) =>
    (total.get(id) ?? 0) >= ((own.get(id) ?? 0) >= 1 ? threshold : 2 * threshold)
  const qualifying = [...total.keys()].filter(qualifies)
  const hasQualifyingChild = new Set(qualifying.flatMap((id) => getAncestors(id)))
  // Rank by the concept's evidence plus what its broader concepts got on their own words.
  const rank = (id: string) =>
    (total.get(id) ?? 0) + getAncestors(id).reduce((sum, up) => sum + (own.get(up) ?? 0), 0)
  const chosen = qualifying
    .filter((id) => !hasQualifyingChild.has(id))
    .sort(
      (a, b) => rank(b) - rank(a) || getAncestors(b).length - getAncestors(a).length || a.localeCompare(b),
    )
    .slice(0, MAX_TOPICS)

  const candidates = [...total.keys()]
    .map((id) => ({
      id,
      name: getTopic(id)?.name ?? id,
      own: own.get(id) ?? 0,
      total: Math.round((total.get(id) ?? 0) * 100) / 100,
      matches: matches.get(id) ?? [],
    }))
    .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id))
  const topics = chosen.flatMap((id) => {
    const topic = getTopic(id)
    return topic ? [topic] : []
  })
  return { topics, candidates }
}
