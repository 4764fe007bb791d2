import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { chunkModules } from './scripts/vite/chunk-modules.ts'
import { reactRouterProduction } from './scripts/vite/react-router-production.ts'
import { queryWithoutMutations } from './scripts/vite/query-without-mutations.ts'
import { offlineShell } from './scripts/vite/offline-shell.ts'

/**
 * What every page needs to hydrate, in the entry's one file rather than in the many small chunks automatic
 * splitting would make of it (a file of its own costs a request and compresses worse): React, the router,
 * the query client and its suspense hooks, the app's shell and the small helpers every page uses. The hooks
 * of infinite and parallel queries are left to the deferred parts of the feed that use them.
 */
const STARTUP = [
  /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
  /node_modules[\\/]@tanstack[\\/](?!.*(queriesObserver|useQueries|useSuspenseQueries|infiniteQueryObserver|useSuspenseInfiniteQuery)\.js$)/,
  /src[\\/]app[\\/](main|routes|app-layout|hydration|use-focus-on-navigate)\.tsx?$/,
  /src[\\/]lib[\\/](use-hydrated|use-document-title|format|deferred|filters|paths|fetch-json|query-client|quote-page)\.tsx?$/,
  /src[\\/]features[\\/].*(-loader\.ts|-code\.tsx|(article|quote|feed|feed-page|facet-counts|facet-index|vocabulary)-query\.ts)$/,
  /preload-helper|index\.css/,
  /^\0?rolldown[:/]runtime/,
]

/**
 * What both feeds show their stories with (the unfiltered feed's deferred chunk and the filtered feed's):
 * one file, rather than the pieces each pair of importers would otherwise get.
 */
const FEED_STORIES =
  /src[\\/](features[\\/]feed[\\/](feed-item|feed-list|feed-layout|marked-text|more-button)\.tsx|lib[\\/](search-terms\.ts|country-chips\.tsx|use-in-app-links\.ts))$/

/**
 * The feed's controls: the filter panel and the map's toggle, deferred on both feeds (the unfiltered feed's
 * chunk imports them; the filtered feed loads them once it runs, outside its first load). One file.
 */
const FEED_CONTROLS =
  /src[\\/](features[\\/]feed[\\/](filter-panel|map-section|facet-group|facet-value|facet-find|topic-tree|follow-filter-link)\.tsx|features[\\/]feed[\\/]use-intent\.ts|lib[\\/](find-values|topic-tree)\.ts)$/

/**
 * What a filtered view paints with beside them (its first load, with the feed's page): the filtered feed,
 * its results and chips and the one-value view, in one file. Its controls and what its next change needs
 * (load-filtered-view.ts, filtered-view.ts) have chunks of their own.
 */
const FILTERED_FEED =
  /src[\\/](features[\\/]feed[\\/](filtered-feed|filtered-results|filter-chips)\.tsx|features[\\/]feed[\\/](filter-data|value-view|index-code|search-shard-query|results-page-query|facet-value-query)\.ts|lib[\\/](search|facets)\.ts)$/

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    tailwindcss(),
    chunkModules(),
    reactRouterProduction(),
    queryWithoutMutations(),
    // The service worker and web app manifest (the worker is not built for the SSR build).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'service-worker.ts',
      // The app registers it itself, after hydration (src/app/update-prompt.tsx).
      injectRegister: false,
      manifest: {
        name: 'Dateline',
        short_name: 'Dateline',
        description:
          'News from South and Central Asia, the Middle East and beyond, with every quote credited.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fafaf9',
        theme_color: '#1c1917',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      includeAssets: ['favicon.svg'],
      injectManifest: {
        // The app's code, icons and manifest; never the data, and pages only as the app's shell.
        globPatterns: ['assets/*.js', 'icons/*.png', 'favicon.svg', 'manifest.webmanifest'],
        globIgnores: ['data/**'],
        manifestTransforms: [offlineShell],
      },
    }),
  ],
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
              groups: [
                { name: 'index', test: (id: string) => STARTUP.some((re) => re.test(id)) },
                { name: 'feed-stories', test: FEED_STORIES },
                { name: 'feed-controls', test: FEED_CONTROLS },
                { name: 'filtered-feed', test: FILTERED_FEED },
              ],
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
