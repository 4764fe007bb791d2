import type { Article, Dateline, Quote } from './article.ts'

/**
 * What a quote's own page shows and carries: the quote, its speaker, the paragraph it stands in and the story
 * it belongs to, without the rest of the story's text, so the page stays small.
 */
export type QuotePage = {
  slug: string
  /** The story's headline. */
  title: string
  publishedAt: string | null
  dateline: Dateline | null
  /** The dateline country's name, when the dateline has a country. */
  datelineCountry: string | null
  quote: Quote
  /** The paragraph the quote stands in; `quote.start`/`quote.end` index into it. */
  paragraph: string
  /** How many quotes the story has. */
  quoteCount: number
}

/** The quote page for `quoteId` ("quote-6") of an article, or null when the article has no such quote. */
export function toQuotePage(article: Article, quoteId: string): QuotePage | null {
  const quote = article.quotes.find((q) => q.id === quoteId)
  if (!quote) return null
  return {
    slug: article.slug,
    title: article.title,
    publishedAt: article.publishedAt,
    dateline: article.dateline,
    datelineCountry: article.countries.find((c) => c.role === 'dateline')?.name ?? null,
    quote,
    paragraph: article.paragraphs[quote.paragraph] ?? quote.text,
    quoteCount: article.quotes.length,
  }
}

/** Who said it, for a heading or a preview: the speaker's name, or that nobody is named. */
export const toSpeakerName = (quote: Quote) => quote.speaker?.name ?? 'Unidentified speaker'

/**
 * The quote as it reads on its own: without the comma or colon that led back into the writer's sentence
 * ("…will reopen next week," the minister said).
 */
export const toStandaloneQuote = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]$/, '')

/** The quote cut at a word to at most `max` characters, with an ellipsis where cut. */
export function toQuoteExcerpt(text: string, max = 110): string {
  const clean = toStandaloneQuote(text)
  if (clean.length <= max) return clean
  return `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}

/** A quote page's title: “The quote…” — Speaker. What its link preview and its tab show. */
export const toQuoteTitle = (quote: Quote) => `“${toQuoteExcerpt(quote.text)}” — ${toSpeakerName(quote)}`
