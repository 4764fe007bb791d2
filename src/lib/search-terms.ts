/**
 * Words as the search index stores them, shared by the pipeline (which writes the index) and the app (which
 * reads it), so both split text the same way.
 */

// Words too common to tell stories apart; leaving them out keeps the index small.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his in is it its of on or said she that the their they this to was were which will with'.split(
    ' ',
  ),
)

/** Lower-cased, accent-folded words of a text, possessive `'s` dropped; stop words and single letters out. */
export function toTerms(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]s\b/g, '')
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((term) => term.length > 1 && !STOP_WORDS.has(term))
}

/** The shard file a term lives in: its first two letters, so a search fetches one small file per word. */
export function toShard(term: string): string {
  return term.slice(0, 2)
}

/** A text split into plain and marked parts: a word is marked when it starts with one of the query terms. */
export function markTerms(text: string, terms: string[]): { text: string; marked: boolean }[] {
  if (terms.length === 0) return [{ text, marked: false }]
  const parts: { text: string; marked: boolean }[] = []
  for (const piece of text.split(/([\p{L}\p{N}’']+)/u)) {
    if (piece === '') continue
    const marked = toTerms(piece).some((word) => terms.some((term) => word.startsWith(term)))
    const last = parts.at(-1)
    if (last && last.marked === marked) last.text += piece
    else parts.push({ text: piece, marked })
  }
  return parts
}
