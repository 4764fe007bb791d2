import type { Topic } from '../../lib/article.ts'
import { matchAt, type LexiconPhrase } from './lexicon.ts'
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

/** Cue matches per concept, per zone: the longest phrase wins at each position. */
function collectMatches(input: TopicInput): Map<string, CueMatch[]> {
  const found = new Map<string, CueMatch[]>()
  // Zones come in blocks (headline, summaries, lede, body paragraphs), so a phrase's match in the
  // current zone is all that needs looking up; a phrase stands for one concept.
  let inZone = new Map<LexiconPhrase, CueMatch>()
  let zoneNow: Zone | undefined
  const collect = (zone: Zone, text: string) => {
    if (zone !== zoneNow) {
      zoneNow = zone
      inZone = new Map()
    }
    const terms = toTerms(text)
    for (let at = 0; at < terms.length;) {
      const phrase = matchAt(terms, at)
      if (!phrase) {
        at++
        continue
      }
      at += phrase.terms.length
      if (!phrase.topic) continue
      const match = inZone.get(phrase)
      if (match) {
        match.count++
        continue
      }
      const fresh: CueMatch = { cue: phrase.text, zone, count: 1, weight: phrase.weight }
      inZone.set(phrase, fresh)
      const list = found.get(phrase.topic)
      if (list) list.push(fresh)
      else found.set(phrase.topic, [fresh])
    }
  }
  const [lede = '', ...rest] = input.paragraphs
  collect('headline', input.title)
  for (const s of input.summary) collect('summary', s)
  collect('lede', lede)
  for (const p of rest) collect('body', p)
  return found
}

/** Per zone, mentions add with diminishing returns: 1 mention → 1, 3 → 2, 7 → 3 (times the zone weight). */
function ownScore(matches: CueMatch[]): number {
  const perZone = new Map<Zone, number>()
  for (const m of matches) perZone.set(m.zone, (perZone.get(m.zone) ?? 0) + m.count * m.weight)
  let score = 0
  for (const [zone, n] of perZone) score += ZONE_WEIGHT[zone] * Math.log2(1 + n)
  return Math.round(score * 100) / 100
}

type Scores = { matches: Map<string, CueMatch[]>; own: Map<string, number>; total: Map<string, number> }

function score(input: TopicInput): Scores {
  const matches = collectMatches(input)
  const own = new Map<string, number>()
  const total = new Map<string, number>()
  for (const [topic, list] of matches) {
    const score = ownScore(list)
    own.set(topic, score)
    total.set(topic, (total.get(topic) ?? 0) + score)
    for (const id of getAncestors(topic)) total.set(id, (total.get(id) ?? 0) + score)
  }
  return { matches, own, total }
}

function choose({ own, total }: Scores): string[] {
  // A topic needs MIN_SCORE and a share of the strongest single concept's own evidence; a concept whose
  // evidence is only scattered over narrower concepts (own < 1) needs twice that.
  let strongest = 0
  for (const value of own.values()) if (value > strongest) strongest = value
  const threshold = Math.max(MIN_SCORE, strongest * MIN_SHARE)
  const qualifying: string[] = []
  for (const [id, value] of total)
    if (value >= ((own.get(id) ?? 0) >= 1 ? threshold : 2 * threshold)) qualifying.push(id)
  const hasQualifyingChild = new Set<string>()
  for (const id of qualifying) for (const up of getAncestors(id)) hasQualifyingChild.add(up)
  // Rank by the concept's evidence plus what its broader concepts got on their own words.
  const rank = new Map<string, number>()
  const chosen: string[] = []
  for (const id of qualifying) {
    if (hasQualifyingChild.has(id)) continue
    let value = total.get(id) ?? 0
    for (const up of getAncestors(id)) value += own.get(up) ?? 0
    rank.set(id, value)
    chosen.push(id)
  }
  return chosen
    .sort(
      (a, b) =>
        (rank.get(b) as number) - (rank.get(a) as number) ||
        getAncestors(b).length - getAncestors(a).length ||
        a.localeCompare(b),
    )
    .slice(0, MAX_TOPICS)
}

function toTopics(chosen: string[]): Topic[] {
  const topics: Topic[] = []
  for (const id of chosen) {
    const topic = getTopic(id)
    if (topic) topics.push(topic)
  }
  return topics
}

/**
 * The topics of an article, as explainTopics picks them, without building the reasons.
 */
export function pickTopics(input: TopicInput): Topic[] {
  return toTopics(choose(score(input)))
}

/**
 * Scores every IPTC concept the text gives evidence for and picks the topics, with the reasons:
 * which cue matched where, each concept's own score and its score with narrower concepts included.
 * The chosen topics are the most specific concepts whose total passes the threshold (MIN_SCORE, and
 * MIN_SHARE of the strongest concept), ranked by total plus their ancestors' own evidence, at most MAX_TOPICS.
 */
export function explainTopics(input: TopicInput): TopicExplanation {
  const scores = score(input)
  const { matches, own, total } = scores
  const candidates = [...total.keys()]
    .map((id) => ({
      id,
      name: getTopic(id)?.name ?? id,
      own: own.get(id) ?? 0,
      total: Math.round((total.get(id) ?? 0) * 100) / 100,
      matches: matches.get(id) ?? [],
    }))
    .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id))
  return { topics: toTopics(choose(scores)), candidates }
}
