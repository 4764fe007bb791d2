import { lazy, Suspense } from 'react'
import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router'
import { paths } from '../lib/paths.ts'
import { useHydrated } from '../lib/use-hydrated.ts'
import { useFocusOnNavigate } from './use-focus-on-navigate.ts'

// The service worker's registration and update prompt: in the browser only, after hydration, its own chunk.
const UpdatePrompt = lazy(async () => ({ default: (await import('./update-prompt.tsx')).UpdatePrompt }))

export function AppLayout() {
  const navigation = useNavigation()
  const hydrated = useHydrated()
  useFocusOnNavigate()
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
      >
        Skip to content
      </a>
      <header className="border-b border-stone-200 dark:border-stone-800">
        <div className="mx-auto flex max-w-5xl items-baseline justify-between gap-4 px-4 py-3">
          <Link to={paths.feed} className="font-serif text-2xl font-bold tracking-tight">
            Dateline
          </Link>
          <p className="hidden text-sm text-stone-600 sm:block dark:text-stone-400">
            South &amp; Central Asia, the Middle East and beyond
          </p>
        </div>
        <div
          role="progressbar"
          aria-label="Loading page"
          aria-hidden={navigation.state === 'idle'}
          className={`h-0.5 bg-amber-600 transition-opacity ${navigation.state === 'idle' ? 'opacity-0' : 'animate-pulse opacity-100'}`}
        />
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        <Outlet />
      </main>
      <footer className="border-t border-stone-200 py-6 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        <div className="mx-auto max-w-5xl px-4">
          Dateline. Topics: Media Topics by IPTC, CC BY 4.0. Places: Newsmap dictionary (Kohei Watanabe, MIT)
          and GeoNames (CC BY 4.0).
        </div>
      </footer>
      {hydrated && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      <ScrollRestoration />
    </div>
  )
}
