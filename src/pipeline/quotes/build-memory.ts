import { findEntities, shortMentions, type Entity } from './entities.ts'
import { position, wordSet, type Candidate, type Memory } from './memory.ts'
import type { FoundQuote } from './read-spans.ts'
import { isEverydayLoneWord, isPersonName } from '../names/person-name.ts'

/** What the quote reader knows of the article beyond its body. */
export type QuoteContext = { title: string; summary: string[]; byline?: string | undefined }

/**
 * Collects every person and body the writer names (outside quotes), acronym definitions and person
 * names, from the headline block (as paragraph -1) and the body, so speakers can be resolved later.
 */
export function buildMemory(
  paragraphs: readonly string[],
  quotes: readonly FoundQuote[][],
  context?: QuoteContext,
): Memory {
  const entities: Candidate[] = []
  const acronyms = new Map<string, string>()
  const persons = new Map<string, string[]>()
  const people: Entity[] = []
  const add = (found: ReturnType<typeof findEntities>, paragraph: number): void => {
    for (const [acronym, name] of found.acronyms) if (!acronyms.has(acronym)) acronyms.set(acronym, name)
    for (const e of found.entities) {
      // "Start", "Operations", "General" opening a sentence are no one for a later "he" to be.
      if (e.kind === 'person' && (!isPersonName(e.name) || isEverydayLoneWord(e.name))) continue
      entities.push(toCandidate(e, paragraph))
      if (e.kind !== 'person') continue
      people.push(e)
      const words = e.name.toLowerCase().split(/\s+/)
      for (const key of new Set([words[0] ?? '', words[words.length - 1] ?? ''])) {
        const list = persons.get(key) ?? []
        if (!list.includes(e.name)) list.push(e.name)
        persons.set(key, list)
      }
    }
  }
  if (context) add(findEntities([context.title, ...context.summary].join('\n')), -1)
  const masks = paragraphs.map((_, p) => (quotes[p] ?? []).map((q) => [q.span.open, q.span.markEnd] as const))
  paragraphs.forEach((text, p) => add(findEntities(text, masks[p]), p))
  // "Noorzai" alone, once "Haji Abdul Wali Noorzai" is named: the same person, for a later "he".
  const byName = new Map(people.map((e) => [e.name, e]))
  const known = (lower: string): Entity | null => {
    const names = persons.get(lower)
    return names?.length === 1 ? (byName.get(names[0] as string) ?? null) : null
  }
  const again = paragraphs.flatMap((text, p) =>
    shortMentions(text, masks[p] ?? [], known).map((e) => toCandidate(e, p)),
  )
  if (again.length > 0) {
    entities.push(...again)
    entities.sort((a, b) => a.at - b.at)
  }
  return { entities, speakers: [], acronyms, persons, writer: writerOf(context?.byline) }
}

/** The writer a byline names ("By Jane Doe, Reuters" → "Jane Doe"); null for a desk or several writers. */
function writerOf(byline: string | undefined): string | null {
  const name =
    (byline ?? '')
      .split(/[,|\n]/)[0]
      ?.replace(/^\s*by\s+/i, '')
      .trim() ?? ''
  if (/\s(?:and|&)\s/i.test(name) || name.split(/\s+/).length < 2) return null
  return isPersonName(name) ? name : null
}

function toCandidate(e: Entity, paragraph: number): Candidate {
  return {
    name: e.name,
    kind: e.kind,
    words: wordSet(e.words),
    gender: e.gender,
    plural: false,
    speaker: false,
    strong: e.strong,
    object: e.object,
    at: position(paragraph, e.pos),
  }
}
