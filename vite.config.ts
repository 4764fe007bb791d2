import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { chunkModules } from './scripts/vite/chunk-modules.ts'
import { reactRouterProduction } from './scripts/vite/react-router-production.ts'

/**
 * What every page needs to hydrate, in the entry's one file rather than in the many small chunks automatic
 * splitting would make of it (a file of its own costs a request and compresses worse): React, the router,
 * the query client and its suspense hooks, the app's shell and the small helpers every page uses. The hooks
 * of infinite and parallel queries are left to the deferred parts of the feed that use them.
 */
const STARTUP = [
  /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
  /node_modules[\\/]@tanstack[\\/](?!.*(queriesObserver|useQueries|useSuspenseQueries|infiniteQueryObserver|useSuspenseInfiniteQuery)\.js$)/,
  /src[\\/]app[\\/](?!route-error)/,
  /src[\\/]lib[\\/](use-hydrated|use-document-title|format|deferred|filters|paths|fetch-json|query-client|quote-page)\.tsx?$/,
  /src[\\/]features[\\/].*(-loader\.ts|-code\.tsx|(article|quote|feed|feed-page|facet-counts|facet-index|vocabulary)-query\.ts)$/,
  /preload-helper|index\.css/,
  /^\0?rolldown[:/]runtime/,
]

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), chunkModules(), reactRouterProduction()],
  build: {
    // The prerenderer reads the manifest to preload each page's code; the SSR build needs neither.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
    // Every browser the app supports preloads modules itself: no polyfill in the first load.
    modulePreload: { polyfill: false },
    // One stylesheet, inline in every page (scripts/prerender.ts): no lazily loaded code fetches CSS.
    cssCodeSplit: false,
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            codeSplitting: {
              groups: [{ name: 'index', test: (id: string) => STARTUP.some((re) => re.test(id)) }],
            },
          },
        },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
}))
