import type { Candidate, Memory } from './memory.ts'

/** Test helper: a named candidate at a position, a strong, non-speaking person unless `extra` says otherwise. */
export const candidate = (name: string, at: number, extra: Partial<Candidate> = {}): Candidate => ({
  name,
  kind: 'person',
  words: new Set(name.toLowerCase().split(' ')),
  gender: null,
  plural: false,
  speaker: false,
  strong: true,
  object: false,
  at,
  ...extra,
})

/** Test helper: an article's memory of names, with the acronyms and surname index it defines. */
export const memory = (
  entities: Candidate[],
  speakers: Candidate[] = [],
  known: Pick<Partial<Memory>, 'acronyms' | 'persons' | 'writer'> = {},
): Memory => ({
  entities,
  speakers,
  acronyms: known.acronyms ?? new Map(),
  persons: known.persons ?? new Map(),
  writer: known.writer ?? null,
})
