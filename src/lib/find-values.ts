import type { FacetCount } from './facets.ts'

/** Lower case with accents folded, so "cote" finds "Côte d'Ivoire" and "turkiye" finds "Türkiye". */
export function toFolded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Whether `query` (folded) starts a word of `text`: "pak" finds "Pakistan", "brit" finds "Great Britain". */
function startsAWord(text: string, query: string): boolean {
  const folded = toFolded(text)
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) return true
  }
  return false
}

/**
 * The values whose name or one of whose other names ("UK", "Great Britain") has a word starting with what
 * the reader typed, accents and case aside, in the list's order. An empty query keeps every value.
 */
export function findValues<T extends Pick<FacetCount, 'name' | 'alt'>>(
  values: readonly T[],
  query: string,
): T[] {
  const q = toFolded(query.trim()).replace(/\s+/g, ' ')
  if (q === '') return [...values]
  return values.filter((value) => [value.name, ...(value.alt ?? [])].some((name) => startsAWord(name, q)))
}
