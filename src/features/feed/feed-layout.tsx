import type { ReactNode } from 'react'

/** The feed's two columns from 640px: the filter panel beside the stories; stacked on phones. */
export function FeedLayout({ panel, children }: { panel: ReactNode; children: ReactNode }) {
  return (
    <div className="mt-4 sm:grid sm:grid-cols-[13rem_1fr] sm:gap-8">
      <aside aria-label="Filters" className="sm:pt-1">
        {panel}
      </aside>
      <div className="mt-4 min-w-0 sm:mt-0">{children}</div>
    </div>
  )
}

/** The story count under the heading. */
export function StoryCount({ count, of }: { count: number; of?: number }) {
  const stories = count === 1 ? '1 story' : `${count} stories`
  return (
    <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
      {of === undefined ? stories : `${stories} of ${of} match`}
    </p>
  )
}
