import type { ReactNode } from 'react'
import { useInAppLinks } from '../../lib/use-in-app-links.ts'

/** The list of stories; its links open inside the app through one handler (see `useInAppLinks`). */
export function FeedList({ children, busy }: { children: ReactNode; busy?: boolean }) {
  const onClick = useInAppLinks()
  return (
    // The handler only forwards clicks on the links inside, which keyboard users activate as links.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <ol aria-busy={busy} onClick={onClick} className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
      {children}
    </ol>
  )
}
