import { Fragment } from 'react'
import type { Heading, Quote } from '../../lib/article.ts'
import { QuoteMark } from './quote-mark.tsx'
import { toSegments } from './segments.ts'

/**
 * The body text, each quote marked where it stands and each crosshead before the paragraph it heads. Text is
 * rendered as text, never as HTML. Crossheads are level 2: the title is the page's only h1, and a crosshead
 * heads a part of the story as the side panel's h2s head parts of the page.
 */
export function ArticleText({
  paragraphs,
  headings = [],
  quotes,
  activeQuote,
}: {
  paragraphs: string[]
  headings?: Heading[]
  quotes: Quote[]
  activeQuote: string | null
}) {
  // A crosshead past the last paragraph still shows, after it: text is never dropped.
  const crossheads = (index: number) =>
    headings
      .filter((h) => Math.min(Math.max(h.paragraph, 0), paragraphs.length) === index)
      .map((heading, i) => (
        <h2 key={i} dir="auto" className="pt-4 font-serif text-xl leading-snug font-bold">
          {heading.text}
        </h2>
      ))
  return (
    <div className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((paragraph, index) => (
        <Fragment key={index}>
          {crossheads(index)}
          <p dir="auto">
            {toSegments(
              paragraph,
              quotes.filter((q) => q.paragraph === index),
            ).map((segment, i) =>
              segment.quote ? (
                <QuoteMark
                  key={i}
                  quote={segment.quote}
                  text={segment.text}
                  active={segment.quote.id === activeQuote}
                />
              ) : (
                segment.text
              ),
            )}
          </p>
        </Fragment>
      ))}
      {crossheads(paragraphs.length)}
    </div>
  )
}
