import { Link } from 'react-router'
import { paths } from './paths.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** The not-found page body, used for unknown paths and unknown article slugs alike. */
export function NotFound() {
  useDocumentTitle('Page not found')
  return (
    <section className="mx-auto max-w-prose py-12" aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1} className="font-serif text-3xl font-bold">
        Page not found
      </h1>
      <p className="mt-4">
        There is no story at this address. The link may be mistyped, or the story may have moved.
      </p>
      <p className="mt-6">
        <Link to={paths.feed} className="font-semibold text-amber-800 underline dark:text-amber-300">
          Go to the latest news
        </Link>
      </p>
    </section>
  )
}
