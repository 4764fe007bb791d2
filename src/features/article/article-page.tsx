import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { CountryChips } from '../../lib/country-chips.tsx'
import { formatDate, formatDateline } from '../../lib/format.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { articleQueryOptions } from './article-query.ts'

export function ArticlePage() {
  const { slug = '' } = useParams()
  const { data: article } = useSuspenseQuery(articleQueryOptions(slug))
  useDocumentTitle(article.title)
  const datelineCountry = article.countries.find((c) => c.role === 'dateline')
  return (
    <article className="mx-auto max-w-prose" aria-labelledby="article-title">
      <h1
        id="article-title"
        tabIndex={-1}
        className="font-serif text-3xl leading-tight font-bold sm:text-4xl"
      >
        {article.title}
      </h1>
      {article.summary.length > 0 && (
        <ul className="mt-4 list-disc space-y-1 pl-5 text-lg text-stone-700 dark:text-stone-300">
          {article.summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
        {article.dateline && (
          <span className="font-semibold tracking-wide uppercase">
            {formatDateline(article.dateline, datelineCountry?.name)}
          </span>
        )}
        {article.dateline && article.publishedAt && ' · '}
        {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>}
      </p>
      <div className="mt-3">
        <CountryChips countries={article.countries} label="Countries in this story" />
      </div>
      <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
        {article.paragraphs.map((paragraph, index) => (
          <p key={index} dir="auto">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  )
}
