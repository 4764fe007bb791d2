import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { formatDate, formatDateline } from '../../lib/format.ts'
import { paths, toQuoteId, toQuoteNumber } from '../../lib/paths.ts'
import { toQuoteTitle, toSpeakerName, toStandaloneQuote } from '../../lib/quote-page.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { quotePageQueryOptions } from './quote-query.ts'

const link = 'font-semibold text-amber-800 underline underline-offset-2 dark:text-amber-300'

/** One quote on a page of its own: the words, who said them, the paragraph they stand in, the way into the story. */
export function QuotePage() {
  const { slug = '', n = '' } = useParams()
  const { data } = useSuspenseQuery(quotePageQueryOptions(slug, toQuoteId(n) ?? ''))
  const { quote, paragraph } = data
  useDocumentTitle(toQuoteTitle(quote))
  return (
    <article aria-labelledby="quote-text" className="mx-auto max-w-2xl">
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
        Quote {toQuoteNumber(quote.id)} of {data.quoteCount}
      </p>
      <figure className="mt-3">
        <blockquote cite={paths.article(data.slug)} className="border-l-4 border-amber-600 pl-4 sm:pl-6">
          <h1
            id="quote-text"
            tabIndex={-1}
            dir="auto"
            className="font-serif text-2xl leading-snug font-bold break-words sm:text-3xl"
          >
            “{toStandaloneQuote(quote.text)}”
          </h1>
        </blockquote>
        <figcaption className="mt-4 pl-5 text-lg sm:pl-7">
          — <span className="font-semibold">{toSpeakerName(quote)}</span>
        </figcaption>
      </figure>
      <section
        aria-labelledby="in-the-story"
        className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        <h2
          id="in-the-story"
          className="text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400"
        >
          In the story
        </h2>
        <p className="mt-2 font-serif text-xl leading-snug font-bold">
          <Link to={paths.article(data.slug)} className="hover:underline">
            {data.title}
          </Link>
        </p>
        {(data.dateline || data.publishedAt) && (
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
            {data.dateline && (
              <span className="font-semibold tracking-wide uppercase">
                {formatDateline(data.dateline, data.datelineCountry ?? undefined)}
              </span>
            )}
            {data.publishedAt && <time dateTime={data.publishedAt}>{formatDate(data.publishedAt)}</time>}
          </p>
        )}
        <p dir="auto" className="mt-4 font-serif text-lg leading-relaxed">
          {paragraph.slice(0, quote.start)}
          <mark className="rounded-sm bg-amber-100 text-inherit box-decoration-clone dark:bg-amber-300/20">
            {paragraph.slice(quote.start, quote.end)}
          </mark>
          {paragraph.slice(quote.end)}
        </p>
        <p className="mt-6">
          <Link to={paths.quote(data.slug, quote.id)} className={link}>
            Read it in the story
          </Link>
        </p>
      </section>
    </article>
  )
}
