import { findEntities, type Entity } from './entities.ts'
import { isListNoun } from './noun-phrase.ts'
import { isSpeechVerbAt } from './speech-verbs.ts'
import { isAcronym, paragraphTokens, type Token } from './tokens.ts'
import {
  DEFINITE,
  FUNCTION_WORDS,
  INDEFINITE,
  RELATIVE_STARTS,
  TITLE_ACRONYMS,
  TITLES,
} from './word-lists.ts'
import { position, wordSet, type Candidate, type Memory } from './memory.ts'
import type { FoundQuote } from './read-spans.ts'
import { isPersonName } from '../names/person-name.ts'

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
  const add = (found: ReturnType<typeof findEntities>, paragraph: number, text: string): void => {
    for (const [acronym, name] of found.acronyms) if (!acronyms.has(acronym)) acronyms.set(acronym, name)
    for (const e of found.entities) {
      entities.push(toCandidate(e.kind === 'person' ? withRole(text, e) : e, paragraph))
      if (e.kind !== 'person') continue
      const words = e.name.toLowerCase().split(/\s+/)
      for (const key of new Set([words[0] ?? '', words[words.length - 1] ?? ''])) {
        const list = persons.get(key) ?? []
        if (!list.includes(e.name)) list.push(e.name)
        persons.set(key, list)
      }
    }
  }
  if (context) {
    const head = [context.title, ...context.summary].join('\n')
    add(findEntities(head), -1, head)
  }
  paragraphs.forEach((text, p) => {
    const masked = (quotes[p] ?? []).map((q) => [q.span.open, q.span.markEnd] as const)
    add(findEntities(text, masked), p, text)
  })
  return { entities, speakers: [], acronyms, persons, writer: writerOf(context?.byline) }
}

/**
 * A person with the words of the role set beside the name, so that "the witness", "the DG ISPR" or "the
 * UNO" later finds them: `X, Director General ISPR,`, `The first witness, X,`, `Officer (UNO) X`.
 */
function withRole(text: string, e: Entity): Entity {
  const start = text.indexOf(e.name, e.pos)
  if (start < 0) return e
  const end = start + e.name.length
  const tokens = paragraphTokens(text)
  const after = tokens.findIndex((t) => t.start >= end)
  let before = after < 0 ? tokens.length - 1 : after - 1
  while (before >= 0 && (tokens[before] as Token).end > Math.min(start, e.pos)) before--
  const words: string[] = []
  if (after >= 0 && tokens[after]?.text === ',') words.push(...roleChunk(tokens.slice(after + 1, after + 15)))
  if (tokens[before]?.text === ',') {
    let from = before
    while (from > 0 && from > before - 7 && !ROLE_BOUNDS.has((tokens[from - 1] as Token).text)) from--
    const chunk = tokens.slice(from, before)
    if (DEFINITE.has(chunk[0]?.lower ?? '') || INDEFINITE.has(chunk[0]?.lower ?? ''))
      words.push(...roleChunk(chunk))
  }
  // "defence counsel Barrister X": lower-case role words right before the name.
  let role = before + 1
  while (role > 0 && role > before - 2 && isRoleWord(tokens[role - 1] as Token)) role--
  if (role <= before && isListNoun((tokens[before] as Token).key))
    words.push(...roleChunk(tokens.slice(role, before + 1)))
  // "Upazila Nirbahi Officer (UNO) X": the acronym of the title before the name.
  const acronym = tokens[before - 1]
  if (tokens[before]?.text === ')' && acronym && isAcronym(acronym.text) && tokens[before - 2]?.text === '(')
    words.push(acronym.key)
  return words.length > 0 ? { ...e, words: [...e.words, ...words] } : e
}

const isRoleWord = (t: Token): boolean => t.word && !t.cap && !FUNCTION_WORDS.has(t.lower)

const ROLE_BOUNDS = new Set([',', '.', ';', ':', '"', '“', '”', '(', ')'])

/** The words of a chunk that names a role ("Director General Inter-Services Public Relations (ISPR)"). */
function roleChunk(tokens: readonly Token[]): string[] {
  const end = tokens.findIndex((t) => t.text !== '(' && t.text !== ')' && ROLE_BOUNDS.has(t.text))
  const chunk = end < 0 ? tokens : tokens.slice(0, end)
  const first = chunk[0]
  // "who …", "said …", "45": a clause or an age is no role.
  if (!first?.word || RELATIVE_STARTS.has(first.lower) || chunk.some((_, i) => isSpeechVerbAt(chunk, i)))
    return []
  const keys = chunk.filter((t) => t.word && !FUNCTION_WORDS.has(t.lower)).flatMap((t) => roleKeys(t.key))
  return keys.some((k) => TITLES.has(k) || isListNoun(k)) ? keys : []
}

/** What a word of a role stands for: "dg" → "director", "general"; "director-general" → its parts. */
export function roleParts(key: string): string[] {
  const expanded = TITLE_ACRONYMS[key]
  if (expanded) return expanded.split(' ')
  return key.includes('-') ? key.split('-') : [key]
}

const roleKeys = (key: string): string[] => [key, ...roleParts(key).filter((k) => k !== key)]

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
