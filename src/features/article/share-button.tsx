import { useShare } from './use-share.ts'

const MESSAGES = { shared: 'Shared', copied: 'Link copied', failed: 'Could not share — copy the address bar' }

/** A share control with a visible, announced confirmation beside it. */
export function ShareButton({ url, title, label }: { url: string; title: string; label: string }) {
  const [result, share] = useShare()
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void share(url, title)}
        className="min-h-7 rounded border border-stone-300 px-2 py-0.5 font-sans text-sm font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800"
      >
        {label}
      </button>
      <span role="status" className="font-sans text-sm text-emerald-800 dark:text-emerald-300">
        {result ? MESSAGES[result] : ''}
      </span>
    </span>
  )
}
