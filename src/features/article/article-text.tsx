import type { Quote } from '../../lib/article.ts'
import { QuoteMark } from './quote-mark.tsx'
import { toSegments } from './segments.ts'

/** The body text, each quote marked where it stands. Text is rendered as text, never as HTML. */
export function ArticleText({
  paragraphs,
  quotes,
  activeQuote,
}: {
  paragraphs: string[]
  quotes: Quote[]
  activeQuote: string | null
}) {
  return (
    <div className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((paragraph, index) => (
        <p key={index} dir="auto">
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
      ))}
    </div>
  )
}
