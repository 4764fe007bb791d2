import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { formatDate, formatDateline } from '../../lib/format.ts'
import { paths } from '../../lib/paths.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { ArticleAside } from './article-code.tsx'
import { articleQueryOptions } from './article-query.ts'
import { ArticleText } from './article-text.tsx'
import { toCredit } from './credit.ts'
import { toReadingMinutes } from './segments.ts'
import { ShareButton } from './share-button.tsx'
import { useActiveQuote } from './use-active-quote.ts'

export function ArticlePage() {
  const { slug = '' } = useParams()
  const { data: article } = useSuspenseQuery(articleQueryOptions(slug))
  const activeQuote = useActiveQuote()
  useDocumentTitle(article.title)
  const datelineCountry = article.countries.find((c) => c.role === 'dateline')
  const credit = toCredit(article.byline, article.source.outlet)
  const url = (path: string) =>
    typeof window === 'undefined' ? path : new URL(path, window.location.origin).href
  return (
    <article
      aria-labelledby="article-title"
      className="lg:grid lg:grid-cols-[minmax(0,42rem)_18rem] lg:gap-x-10"
    >
      <header className="lg:col-span-2">
        <h1
          id="article-title"
          tabIndex={-1}
          className="font-serif text-3xl leading-tight font-bold sm:text-4xl"
        >
          {article.title}
        </h1>
        {article.summary.length > 0 && (
          <ul className="mt-4 max-w-2xl list-disc space-y-1 pl-5 text-lg text-stone-700 dark:text-stone-300">
            {article.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {(credit.byline || credit.outlet) && (
          <p className="mt-4 font-semibold text-stone-800 dark:text-stone-200">
            {credit.byline}
            {credit.byline && credit.outlet && ' · '}
            {credit.outlet}
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-stone-600 dark:text-stone-400">
          {article.dateline && (
            <span className="font-semibold tracking-wide uppercase">
              {formatDateline(article.dateline, datelineCountry?.name)}
            </span>
          )}
          {article.publishedAt && (
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          )}
          <span>{toReadingMinutes(article.paragraphs)} min read</span>
          <ShareButton url={url(paths.article(article.slug))} title={article.title} label="Share article" />
        </div>
      </header>
      <div className="mt-6">
        <ArticleText
          paragraphs={article.paragraphs}
          headings={article.headings}
          quotes={article.quotes}
          activeQuote={activeQuote}
        />
      </div>
      <aside className="mt-10 space-y-6 lg:mt-6" aria-label="Quotes and context">
        <ArticleAside article={article} />
      </aside>
    </article>
  )
}
