import type { FoundQuote } from './read-spans.ts'
import { tokenize } from '../words/tokens.ts'

// Fewer words than this repeat by chance ("No."), unless the other quote is the very same words.
const MIN_WORDS = 3

type Words = { text: string; count: number }

function wordsOf(paragraphs: readonly string[], quote: FoundQuote): Words {
  const words = tokenize(paragraphs[quote.paragraph] as string, quote.span.start, quote.span.end)
    .filter((t) => t.word)
    .map((t) => t.key)
  return { text: ` ${words.join(' ')} `, count: words.length }
}

/** The quote that is all of its paragraph but marks and punctuation, if there is one. */
function aloneIn(text: string, quotes: readonly FoundQuote[]): FoundQuote | null {
  const quote = quotes.length === 1 ? (quotes[0] as FoundQuote) : null
  if (!quote) return null
  const outside = [...tokenize(text, 0, quote.span.open), ...tokenize(text, quote.span.markEnd, text.length)]
  return outside.some((t) => t.word) ? null : quote
}

/**
 * Leaves out pull quotes: a paragraph that is nothing but a quote whose words the article quotes again
 * elsewhere (a display line or subheading repeating the body, "‘Totally pro-Israel.’" over a paragraph
 * that quotes it). The reader sees the quote once, where it is said; nothing else is lost, since the
 * other quote holds every word of it.
 */
export function withoutPullQuotes(paragraphs: readonly string[], found: FoundQuote[][]): FoundQuote[][] {
  const alone = found.map((quotes, p) => aloneIn(paragraphs[p] as string, quotes))
  if (alone.every((q) => q === null)) return found
  const all = found.flat()
  const words = new Map(all.map((q) => [q, wordsOf(paragraphs, q)]))
  const dropped = new Set<FoundQuote>()
  for (const quote of alone) {
    if (!quote) continue
    const own = words.get(quote) as Words
    if (own.count === 0) continue
    const at = all.indexOf(quote)
    const repeated = all.some((other, j) => {
      if (other === quote || dropped.has(other)) return false
      const theirs = words.get(other) as Words
      // The same words twice, both alone: the first stands.
      if (theirs.text === own.text) return j < at || alone[other.paragraph] !== other
      return own.count >= MIN_WORDS && theirs.text.includes(own.text)
    })
    if (repeated) dropped.add(quote)
  }
  if (dropped.size === 0) return found
  return found.map((list) => list.filter((q) => !dropped.has(q)))
}
