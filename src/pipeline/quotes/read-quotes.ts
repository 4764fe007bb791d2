import { extractQuotes } from './extract-quotes.ts'

/** Test helper: quote text, speaker name, mention, kind and partial, for compact expectations. */
export const readQuotes = (...paragraphs: string[]) =>
  extractQuotes(paragraphs).map((q) => ({
    p: q.paragraph,
    text: q.text,
    name: q.speaker?.name ?? null,
    mention: q.speaker?.mention ?? null,
    kind: q.speaker?.kind ?? null,
    partial: q.partial,
  }))
