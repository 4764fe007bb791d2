import { FILTER_KEYS, type FeedFilters } from '../../lib/filters.ts'
import { paths } from '../../lib/paths.ts'

/**
 * "Follow this filter (RSS)": the feed of the one value chosen, for a feed reader. Only for a single value
 * and no search, the views a feed exists for. A plain link: the feed is a file, not a page of the app.
 */
export function FollowFilterLink({ filters }: { filters: FeedFilters }) {
  const chosen = FILTER_KEYS.flatMap((key) => filters[key].map((value) => ({ key, value })))
  if (chosen.length !== 1 || filters.q !== '') return null
  return (
    <p className="mt-4 text-sm">
      <a
        href={paths.rss(chosen[0])}
        type="application/rss+xml"
        className="font-medium text-amber-800 underline underline-offset-2 dark:text-amber-300"
      >
        Follow this filter (RSS)
      </a>
    </p>
  )
}
