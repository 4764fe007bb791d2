import type { SpeakerKind } from '../../lib/article.ts'
import type { Gender } from './mention.ts'
import { TITLE_SHORT_FORMS } from '../lexicon/word-lists.ts'

/** Someone or something a later "he", "the source" or "the ministry" may point back to. */
export type Candidate = {
  name: string
  kind: SpeakerKind
  words: ReadonlySet<string>
  gender: Gender
  plural: boolean
  /** Said something in the article (a quote or reported speech). */
  speaker: boolean
  /** A fair antecedent for "he"/"she": a speaker, a titled name or a sentence subject. */
  strong: boolean
  /** Named as an object ("told Reuters"): not what a later "it" or "they" means. */
  object: boolean
  /** The writer ("I said"): never what a later "he", "she" or "they" means. */
  writer?: boolean
  /** Reading position: paragraph * 1e8 + offset (the headline block counts as paragraph -1). */
  at: number
}

/** What the resolver knows so far: entities named anywhere and speakers resolved up to now. */
export type Memory = {
  /** Sorted by position. */
  entities: Candidate[]
  speakers: Candidate[]
  acronyms: ReadonlyMap<string, string>
  /** Person names by lower-case first and last word, for the fullest form of a name. */
  persons: ReadonlyMap<string, string[]>
  /** The byline's one writer, when it names a person: who a first-person "I said" is. */
  writer: string | null
}

/** The singular of a plural noun ("officials" → "official"); other words unchanged. */
export const singular = (w: string): string =>
  w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w

/** Words for matching a later reference, with singulars so "the sources" meets "a source". */
export function wordSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>()
  for (const w of words) {
    set.add(w)
    set.add(singular(w))
    const full = TITLE_SHORT_FORMS[w]
    if (full) set.add(full)
  }
  return set
}

export const position = (paragraph: number, offset: number): number => paragraph * 1e8 + offset

// References in news reach back a few paragraphs at most; the cap keeps a hostile input linear.
const LOOK_BACK = 60

/** The nearest candidate before `at` (entities and speakers merged by position) that `fits`. */
export function nearest(memory: Memory, at: number, fits: (c: Candidate) => boolean): Candidate | null {
  let i = lastBefore(memory.entities, at)
  let j = memory.speakers.length - 1
  for (let seen = 0; seen < LOOK_BACK; seen++) {
    while (j >= 0 && (memory.speakers[j] as Candidate).at >= at) j--
    const e = memory.entities[i]
    const s = memory.speakers[j]
    if (!e && !s) return null
    // At the same place the speaker wins: it carries what was resolved about the entity.
    const pick = s && (!e || s.at >= e.at) ? s : (e as Candidate)
    if (pick === s) j--
    else i--
    if (fits(pick)) return pick
  }
  return null
}

function lastBefore(sorted: readonly Candidate[], at: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as Candidate).at < at) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The longest person name in the article that ends with (or starts with) the given name. */
export function fullestName(memory: Memory, name: string): string {
  const words = name.toLowerCase().split(/\s+/)
  let best = name
  let bestLength = words.length
  for (const key of [words[words.length - 1], words[0]]) {
    for (const candidate of memory.persons.get(key ?? '') ?? []) {
      const cw = candidate.toLowerCase().split(/\s+/)
      const suffix = cw.slice(cw.length - words.length).join(' ') === words.join(' ')
      const prefix = words.length === 1 && cw[0] === words[0]
      if ((suffix || prefix) && cw.length > bestLength) {
        best = candidate
        bestLength = cw.length
      }
    }
    if (best !== name) return best
  }
  return best
}
