import { useEffect, useState } from 'react'
import { Workbox } from 'workbox-window'

/** The service worker the build writes (vite.config.ts, src/sw/service-worker.ts). */
const WORKER = '/service-worker.js'
const HOUR = 60 * 60 * 1000

/**
 * Registers the service worker, and when a new build is out says so in a polite live region, with a button
 * that loads it. Until then the region is empty: nothing shows, and screen readers hear the message when it
 * comes.
 */
export function UpdatePrompt() {
  const [waiting, setWaiting] = useState<Workbox | null>(null)
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    const workbox = new Workbox(WORKER)
    // A new build's worker is installed and waits for the reader's word.
    workbox.addEventListener('waiting', () => setWaiting(workbox))
    let check: ReturnType<typeof setInterval> | undefined
    workbox
      .register()
      .then((registration) => {
        // An open tab checks for a new build now and then, as a reload does.
        if (registration) check = setInterval(() => void registration.update(), HOUR)
      })
      // A browser that refuses the worker (private modes, policies) still reads online: nothing to say.
      .catch(() => {})
    return () => clearInterval(check)
  }, [])
  const update = () => {
    if (!waiting) return
    // Once the new worker has taken over, the page loads again from it.
    waiting.addEventListener('controlling', () => window.location.reload())
    waiting.messageSkipWaiting()
  }
  return (
    <div role="status" aria-live="polite" className="fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      {waiting && (
        <div className="flex items-center gap-4 rounded-lg border border-stone-300 bg-white px-4 py-3 shadow-lg dark:border-stone-700 dark:bg-stone-900">
          <p>A new version of Dateline is ready.</p>
          <button
            type="button"
            onClick={update}
            className="rounded bg-stone-900 px-4 py-1.5 font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
          >
            Update
          </button>
        </div>
      )}
    </div>
  )
}
