import { useShare } from './use-share.ts'

const MESSAGES = { shared: 'Shared', copied: 'Link copied', failed: 'Could not share — copy the address bar' }

/**
 * A share control with a visible, announced confirmation beside it. A form's action, not a click handler:
 * a press that lands before the control's code has arrived (a deferred part of the page still loading) is
 * kept by React and answered as soon as it hydrates, where a click would be lost.
 */
export function ShareButton({ url, title, label }: { url: string; title: string; label: string }) {
  const [result, share] = useShare()
  return (
    <form action={() => share(url, title)} className="inline-flex items-center gap-2">
      <button
        type="submit"
        className="min-h-7 rounded border border-stone-300 px-2 py-0.5 font-sans text-sm font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800"
      >
        {label}
      </button>
      <span role="status" className="font-sans text-sm text-emerald-800 dark:text-emerald-300">
        {result ? MESSAGES[result] : ''}
      </span>
    </form>
  )
}
