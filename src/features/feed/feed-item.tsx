import { memo } from 'react'
import { CountryChips } from '../../lib/country-chips.tsx'
import type { FeedEntry } from '../../lib/feed.ts'
import { formatDate, formatDateline } from '../../lib/format.ts'
import { paths } from '../../lib/paths.ts'
import { MarkedText } from './marked-text.tsx'

const NO_TERMS: string[] = []

/**
 * One story in the feed; `terms` are the search words to mark in its headline and summary. Memoised: when
 * the filters change, the stories still shown are not rendered again.
 */
export const FeedItem = memo(function FeedItem({
  entry,
  terms = NO_TERMS,
}: {
  entry: FeedEntry
  terms?: string[]
}) {
  const datelineCountry = entry.countries.find((c) => c.role === 'dateline')
  return (
    <li className="py-5">
      <article aria-labelledby={`feed-${entry.id}`}>
        <h2
          id={`feed-${entry.id}`}
          dir="auto"
          className="font-serif text-xl leading-snug font-bold sm:text-2xl"
        >
          {/* A plain link: the list it is in opens it inside the app (see FeedList). */}
          <a href={paths.article(entry.slug)} className="hover:underline">
            <MarkedText text={entry.title} terms={terms} />
          </a>
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {entry.dateline && (
            <span className="font-semibold tracking-wide uppercase">
              {formatDateline(entry.dateline, datelineCountry?.name)}
            </span>
          )}
          {entry.dateline && entry.publishedAt && ' · '}
          {entry.publishedAt && <time dateTime={entry.publishedAt}>{formatDate(entry.publishedAt)}</time>}
        </p>
        {/* A lede is the story's own opening words, shown as a standfirst: never listed as a summary. */}
        {entry.summary.length === 0 && entry.lede && (
          <p dir="auto" className="mt-2 text-stone-800 dark:text-stone-200">
            <MarkedText text={entry.lede} terms={terms} />
          </p>
        )}
        {entry.summary.length > 0 && (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800 dark:text-stone-200">
            {entry.summary.map((line) => (
              <li key={line} dir="auto">
                <MarkedText text={line} terms={terms} />
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3">
          <CountryChips countries={entry.countries} label="Countries" />
        </div>
      </article>
    </li>
  )
})
