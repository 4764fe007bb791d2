import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router'
import { NotFoundError } from '../lib/fetch-json.ts'
import { NotFound } from '../lib/not-found.tsx'
import { paths } from '../lib/paths.ts'
import { useDocumentTitle } from '../lib/use-document-title.ts'

/** Never a blank page: a missing article is "not found", anything else says what failed and offers a retry. */
export function RouteError() {
  const error = useRouteError()
  if (error instanceof NotFoundError || (isRouteErrorResponse(error) && error.status === 404))
    return <NotFound />
  return <LoadFailed error={error} />
}

function LoadFailed({ error }: { error: unknown }) {
  const revalidator = useRevalidator()
  useDocumentTitle('Something went wrong')
  const detail = error instanceof Error ? error.message : 'An unexpected error occurred.'
  return (
    <section className="mx-auto max-w-prose py-12" aria-labelledby="error-title">
      <h1 id="error-title" tabIndex={-1} className="font-serif text-3xl font-bold">
        This page could not be loaded
      </h1>
      <p className="mt-4">Check your connection and try again. If it keeps happening, go back to the feed.</p>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{detail}</p>
      <div className="mt-6 flex gap-4">
        <button
          type="button"
          onClick={() => void revalidator.revalidate()}
          className="rounded bg-stone-900 px-4 py-2 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
        >
          Try again
        </button>
        <Link to={paths.feed} className="px-4 py-2 underline">
          Back to the feed
        </Link>
      </div>
    </section>
  )
}
