import type { NamedEntity } from '../../lib/article.ts'
import { classifyRun, type Mention } from './classify-run.ts'
import { findKnownOrgsIn } from './name-lexicon.ts'
import { toNameRuns } from './name-runs.ts'
import { toNameTokens } from './name-tokens.ts'
import { OrgBook } from './org-book.ts'
import { PersonBook } from './person-book.ts'
import { isLetter } from '../words/chars.ts'
import { isCapitalized, paragraphTokens, type Token } from '../words/tokens.ts'

export type EntityInput = { title: string; summary: string[]; paragraphs: string[] }

type Located = { mention: Mention; order: number }

/**
 * Headline Case ("Pakistan Urges Dialogue With EU") hides which capitals belong to names. Only headlines
 * and summary lines are read this way: a body sentence full of names still has lower-case verbs.
 */
function isTitleCase(words: readonly Token[]): boolean {
  let seen = 0
  let long = 0
  let capitalised = 0
  for (const word of words) {
    // Words with a letter after the first; numbers do not count.
    if (!word.word || !hasLetter(word.text) || seen++ === 0 || word.text.length < 4) continue
    long++
    if (isCapitalized(word.text)) capitalised++
  }
  return long >= 3 && capitalised / long >= 0.8
}

function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isLetter(word.charCodeAt(i))) return true
  return false
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Counts names already known from the rest of the article in a Title Case segment, longest first. */
function countInTitleCase(segment: string, order: number, people: PersonBook, orgs: OrgBook): void {
  const surfaces = [
    ...people.surfaces().map((s) => ({ ...s, count: () => people.countIndex(s.index, order) })),
    ...orgs.surfaces().map((s) => ({ ...s, count: () => orgs.countKey(s.key, order) })),
  ].sort((a, b) => b.text.length - a.text.length)
  let rest = segment
  for (const surface of surfaces) {
    // The pattern below only ever matches the surface itself: most segments never contain it.
    if (!rest.includes(surface.text)) continue
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(surface.text)}(?![\\p{L}\\p{N}])`, 'gu')
    rest = rest.replace(pattern, () => {
      surface.count()
      return ' '.repeat(surface.text.length)
    })
  }
}

const byMentionsThenFirst = (
  a: { mentions: number; first: number },
  b: { mentions: number; first: number },
) => b.mentions - a.mentions || a.first - b.first

/**
 * The people and organisations an article names, each with how often it is mentioned, most mentioned
 * first (ties: first named first). People come without their titles ("Foreign Minister Jane Doe" →
 * "Jane Doe") and a later surname alone counts toward the full name. Organisations are recognised by
 * shape ("… Ministry", "Ministry of …", "… News"), by a list of well-known names, and as acronyms, which
 * are tied to the full name they stand for. Places, demonyms, dates and ordinary capitalised words are left out.
 */
export function findEntities(input: EntityInput): { people: NamedEntity[]; organizations: NamedEntity[] } {
  const segments = [input.title, ...input.summary, ...input.paragraphs]
  const located: Located[] = []
  const titleCase: { segment: string; order: number }[] = []
  segments.forEach((segment, index) => {
    const base = index * 1_000_000
    const words = paragraphTokens(segment)
    const headline = index <= input.summary.length && isTitleCase(words)
    if (headline) titleCase.push({ segment, order: base })
    // In Headline Case only well-known organisations are trusted; other names are matched afterwards.
    if (headline) {
      for (const { org, text } of findKnownOrgsIn(segment)) {
        located.push({ mention: { kind: 'org', name: text, acronym: null, known: org }, order: base })
      }
      return
    }
    for (const run of toNameRuns(segment, toNameTokens(segment, words))) {
      const order = base + (run.tokens[0]?.start ?? 0)
      for (const mention of classifyRun(run)) located.push({ mention, order })
    }
  })

  const people = new PersonBook()
  const orgs = new OrgBook()
  for (const { mention: m } of located) {
    if (m.kind === 'person') people.register(m.words)
    if (m.kind === 'org') orgs.register(m.name, m.acronym, m.known)
  }
  for (const { mention: m } of located) if (m.kind === 'single' && m.titled) people.registerSingle(m.word)

  for (const { mention: m, order } of located.sort((a, b) => a.order - b.order)) {
    if (m.kind === 'person') people.count(m.words, order)
    else if (m.kind === 'org') orgs.count(m.name, m.known, order)
    else if (m.kind === 'acronym') orgs.countAcronym(m.text, order)
    else people.countSurname(m.word, order)
  }
  for (const { segment, order } of titleCase) countInTitleCase(segment, order, people, orgs)

  const strip = ({ name, mentions }: { name: string; mentions: number }) => ({ name, mentions })
  return {
    people: people.list().sort(byMentionsThenFirst).map(strip),
    organizations: orgs.list().sort(byMentionsThenFirst).map(strip),
  }
}
