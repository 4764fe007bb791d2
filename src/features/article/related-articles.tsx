import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { paths } from '../../lib/paths.ts'
import { relatedQueryOptions } from './article-query.ts'

/** Links to stories that share this one's countries or topics; nothing at all when there are none. */
export function RelatedArticles({ slug }: { slug: string }) {
  const { data } = useQuery(relatedQueryOptions(slug))
  if (!data || data.length === 0) return null
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title" className="font-serif text-xl font-bold">
        Related stories
      </h2>
      <ul className="mt-2 space-y-2">
        {data.map((entry) => (
          <li key={entry.slug}>
            <Link to={paths.article(entry.slug)} className="font-serif leading-snug hover:underline">
              {entry.title}
            </Link>
            {entry.dateline && (
              <span className="block text-xs tracking-wide text-stone-600 uppercase dark:text-stone-400">
                {entry.dateline.city}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
