import { isEverydayLoneWord, isPersonName } from '../names/person-name.ts'
import { isPersonNoun } from '../lexicon/words.ts'
import { findOutlet } from '../text/outlets.ts'
import { findKnownOrg } from '../names/name-lexicon.ts'
import type { Speaker, SpeakerKind } from '../../lib/article.ts'
import { GENERIC_ORG_NOUNS, TITLES } from '../lexicon/word-lists.ts'
import { fullestName, nearest, singular, wordSet, type Candidate, type Memory } from './memory.ts'
import type { Gender, MentionInfo } from './mention.ts'

/** A resolved speaker and the candidate it leaves for later references. */
export type Resolved = { speaker: Speaker; candidate: Candidate }

const isPersonLike = (c: Candidate): boolean => c.kind === 'person' || c.kind === 'anonymous'

/**
 * Resolves the words naming a speaker to who is meant. Pronouns take the nearest fitting earlier speaker
 * or named entity ("he" a person, skipping bodies; "it" a body; "they" a body or a group); "the source",
 * "the ministry", "the minister" the nearest earlier mention sharing those words; "the statement" its
 * issuer; an acronym its definition; a short name the fullest form the article uses.
 */
export function resolveSpeaker(
  info: MentionInfo,
  mention: string,
  at: number,
  memory: Memory,
  anonymous: boolean,
): Resolved {
  if (info.type === 'pronoun' && info.pronoun === 'i') {
    // "I said" in the writer's own sentence is the writer: the byline's name, else unnamed.
    const writer = memory.writer
    return resolved(mention, at, writer ?? 'The writer', writer ? 'person' : 'anonymous', [], {
      writer: true,
    })
  }
  if (info.type === 'pronoun') {
    const fitsPronoun = pronounFits(info.pronoun)
    const fits = (c: Candidate) => !c.writer && fitsPronoun(c)
    // Failing a speaker or subject, any person named before will do.
    const found = nearest(memory, at, fits) ?? nearest(memory, at, (c) => fits({ ...c, speaker: true }))
    const gender: Gender = info.pronoun === 'he' ? 'm' : info.pronoun === 'she' ? 'f' : null
    if (found) {
      if (gender && !found.gender) found.gender = gender
      return resolved(
        mention,
        at,
        found.name,
        found.kind,
        [...found.words],
        fromCandidate(found, gender ? { gender } : {}),
      )
    }
    return resolved(mention, at, mention, 'unknown', [], { gender })
  }
  if (info.type === 'acronym') {
    // "the UNO" after "Upazila Nirbahi Officer (UNO) X": the holder of that office.
    const defined = memory.acronyms.get(info.acronym)
    const key = info.acronym.toLowerCase()
    const office = TITLES.has(defined?.split(/\s+/).at(-1)?.toLowerCase() ?? '')
    const holder = office ? nearest(memory, at, (c) => c.kind === 'person' && c.words.has(key)) : null
    // "the AAG replied" after "Additional Advocate General X": the acronym of a title someone was named with.
    const initialled =
      holder ??
      (defined || key.length < 2
        ? null
        : nearest(memory, at, (c) => c.kind === 'person' && !c.plural && titleInitials(c.words, key)))
    if (initialled) return resolvedAs(mention, at, initialled)
    return resolved(mention, at, defined ?? info.acronym, 'organization', [info.acronym.toLowerCase()])
  }
  if (info.type === 'name') {
    // "Washington" is a place, unless the article names a person of that name ("Denise Washington").
    // "Dawn", "Reuters", "Twitter": an outlet or a known body speaks as a body, whatever its name might be
    // elsewhere.
    const outlet = findOutlet(info.name) !== null || findKnownOrg(info.name) !== undefined
    const person = !outlet && (info.kind === 'person' || fullestName(memory, info.name) !== info.name)
    if (!person) return resolved(mention, at, info.name, 'organization', info.words)
    const name = info.name
      .split(/\s+and\s+/)
      .map((part) => fullestName(memory, part))
      .join(' and ')
    // "Instead", "Importance", "Arab" read as a name are no one: the speaker stays unknown, never a person.
    // Nor is a lone everyday word the article never gives as part of a fuller name ("Sources said",
    // "Fifteen percent said"); a plural word for people ("Aides", "Supporters") is someone unnamed.
    const lone = !name.includes(' ') && name === info.name ? name.toLowerCase() : null
    if (lone !== null && lone.endsWith('s') && isPersonNoun(lone))
      return resolved(mention, at, name, 'anonymous', info.words)
    if (!isPersonName(name) || (lone !== null && isEverydayLoneWord(lone)))
      return resolved(mention, at, name, anonymous ? 'anonymous' : 'unknown', info.words)
    return resolved(mention, at, name, 'person', info.words, {
      gender: info.gender,
      plural: name.includes(' and '),
    })
  }
  if (info.category === 'doc') {
    const issuer =
      nearest(memory, at, (c) => c.speaker && c.kind === 'organization') ??
      nearest(memory, at, (c) => c.speaker && c.kind !== 'unknown') ??
      nearest(memory, at, (c) => c.kind === 'organization' && !c.object)
    return issuer ? resolvedAs(mention, at, issuer) : resolved(mention, at, info.text, 'unknown', info.words)
  }
  // "the 58-year-old told Al Jazeera": the person the article is following, as "he" or "she" would be.
  if (info.definite && AGE.test(info.head)) {
    const found = nearest(memory, at, (c) => isPersonLike(c) && !c.plural && (c.speaker || !c.object))
    if (found) return resolvedAs(mention, at, found)
  }
  if (info.definite) {
    const needed = info.words.map(singular)
    const head = singular(info.head)
    // "The Florida senator" is the senator named before, even where the article never said "Florida".
    const found =
      nearest(memory, at, (c) => kindFits(info, c) && needed.every((w) => c.words.has(w))) ??
      (info.category === 'person' && TITLES.has(head)
        ? nearest(memory, at, (c) => c.kind === 'person' && !c.plural && c.words.has(head))
        : null) ??
      // "According to the UNODC, … the agency said": a word any body goes by is the last body that spoke.
      (info.category === 'org' && info.words.length === 1 && GENERIC_ORG_NOUNS.has(head)
        ? nearest(memory, at, (c) => c.kind === 'organization' && c.speaker && !c.plural)
        : null)
    if (found) return resolvedAs(mention, at, found)
  }
  const plural = { plural: info.plural }
  if (info.category === 'org') return resolved(mention, at, info.text, 'organization', info.words, plural)
  // A role with no holder named before ("the chairman", "a spokesperson") is someone unnamed, never a name.
  if (info.category === 'person') return resolved(mention, at, info.text, 'anonymous', info.words, plural)
  return resolved(mention, at, info.text, anonymous ? 'anonymous' : 'unknown', info.words, plural)
}

/** Whether consecutive words, title words among them, have `initials` ("additional advocate general": "aag"). */
function titleInitials(words: ReadonlySet<string>, initials: string): boolean {
  const list = [...words]
  for (let i = 0; i + initials.length <= list.length; i++) {
    const run = list.slice(i, i + initials.length)
    if (run.map((w) => w[0]).join('') === initials && run.some((w) => TITLES.has(w))) return true
  }
  return false
}

const AGE = /^\d+-year-old$/

// Module-level helpers rather than closures: resolveSpeaker runs for every attribution.
function resolved(
  mention: string,
  at: number,
  name: string,
  kind: SpeakerKind,
  words: readonly string[],
  extra: Partial<Candidate> = {},
): Resolved {
  return {
    speaker: { name, mention, kind },
    candidate: {
      name,
      kind,
      words: wordSet([...words, ...name.toLowerCase().split(/\s+/)]),
      gender: null,
      plural: false,
      speaker: true,
      strong: true,
      object: false,
      at,
      ...extra,
    },
  }
}

/** The speaker an earlier candidate stands for. */
function resolvedAs(mention: string, at: number, c: Candidate): Resolved {
  return resolved(mention, at, c.name, c.kind, [...c.words], fromCandidate(c))
}

/** What a speaker taken from an earlier candidate keeps of it. */
function fromCandidate(c: Candidate, extra: Partial<Candidate> = {}): Partial<Candidate> {
  return { gender: c.gender, plural: c.plural, ...extra }
}

// "the official" is one person: not the "US officials" named before.
function kindFits(info: Extract<MentionInfo, { type: 'common' }>, c: Candidate): boolean {
  return info.category === 'person'
    ? isPersonLike(c) && (info.plural || !c.plural)
    : info.category === 'org'
      ? c.kind === 'organization'
      : true
}

function pronounFits(pronoun: string): (c: Candidate) => boolean {
  if (pronoun === 'he' || pronoun === 'she') {
    const other: Gender = pronoun === 'he' ? 'f' : 'm'
    return (c) => isPersonLike(c) && !c.plural && c.gender !== other && (c.speaker || (c.strong && !c.object))
  }
  if (pronoun === 'it') return (c) => c.kind === 'organization' && (c.speaker || !c.object)
  return (c) => (c.kind === 'organization' || c.plural) && (c.speaker || !c.object)
}
