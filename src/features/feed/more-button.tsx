/** Loads the next stories below the ones shown. */
export function MoreButton({ onClick, pending }: { onClick: () => void; pending: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={pending}
      className="mt-6 rounded border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-900"
    >
      {pending ? 'Loading…' : 'More stories'}
    </button>
  )
}
