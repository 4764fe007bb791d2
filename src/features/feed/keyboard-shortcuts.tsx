import { useEffect, useRef } from 'react'
import { SEARCH_INPUT_ID } from './search-form.tsx'

const SHORTCUTS = [
  ['/', 'Search stories'],
  ['j', 'Next story'],
  ['k', 'Previous story'],
  ['?', 'Show these shortcuts'],
] as const

/** The headline links of the stories on screen, in order. */
const storyLinks = () => Array.from(document.querySelectorAll<HTMLAnchorElement>('main article h2 a'))

function moveStory(step: 1 | -1) {
  const links = storyLinks()
  const at = links.indexOf(document.activeElement as HTMLAnchorElement)
  const next = links[at === -1 ? (step === 1 ? 0 : links.length - 1) : at + step]
  next?.focus()
  next?.closest('article')?.scrollIntoView({ block: 'nearest' })
}

/** The feed's keyboard shortcuts, and the dialog that lists them (`?`). Keys typed into a field are left alone. */
export function KeyboardShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, dialog'))
        return
      if (event.key === '/') document.getElementById(SEARCH_INPUT_ID)?.focus()
      else if (event.key === 'j') moveStory(1)
      else if (event.key === 'k') moveStory(-1)
      else if (event.key === '?') dialog.current?.showModal()
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="m-auto rounded-lg p-6 shadow-xl backdrop:bg-black/40 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="shortcuts-title" className="font-serif text-xl font-bold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map(([key, action]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-stone-400 px-1.5 font-mono">{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4">
        <button type="submit" className="rounded border border-stone-400 px-4 py-1.5">
          Close
        </button>
      </form>
    </dialog>
  )
}
