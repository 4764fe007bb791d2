/**
 * The service worker: keeps the app's code (precached, one version per build), the pages and data of the
 * stories a reader opened and the first feed page, so that they open with no network. Pages and data are
 * fetched from the network first, so a build's new content is what is read whenever the network is there;
 * a copy is kept only for when it is not. A new build's worker waits until the reader accepts the update
 * (the app's update prompt sends SKIP_WAITING); when it takes over, the copies of the old build are dropped,
 * so no page of an old build is ever served.
 */
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { NetworkFirst } from 'workbox-strategies'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] }

const manifest = self.__WB_MANIFEST
precacheAndRoute(manifest)
cleanupOutdatedCaches()

/** This build's version: a hash of what it precaches, which changes with every build of other code. */
const version = (() => {
  let hash = 0
  for (const { url, revision } of manifest)
    for (const char of `${url}:${revision ?? ''};`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0
  return (hash >>> 0).toString(36)
})()
const PAGES = `dateline-pages-${version}`
const DATA = `dateline-data-${version}`
/**
 * How many pages and data files are kept, the least recently read going first: a few hundred stories, a few
 * megabytes, never the whole archive of a reader who reads every day. On a full disk the copies go first.
 */
const keep = (maxEntries: number) => new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true })
/** The page that opens any URL of the app with no prerendered HTML: the app renders it from cached data. */
const SHELL = '/shell.html'

// Pages: from the network; with no network, the copy kept from the last visit, else the app's shell.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: PAGES,
    plugins: [keep(200), { handlerDidError: async () => (await matchPrecache(SHELL)) ?? Response.error() }],
  }),
)

// The data of stories opened and of the first feed page: what the pages the app renders need.
const KEPT = /^\/data\/(articles\/[^/]+\.json|related\/[^/]+\.json|feed\/page-1\.json|facets\/counts\.json)$/
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && KEPT.test(url.pathname),
  new NetworkFirst({ cacheName: DATA, plugins: [keep(400)] }),
)

self.addEventListener('install', (event) => {
  // The first feed page, so the feed opens offline after a first visit whichever page it began on.
  event.waitUntil(
    Promise.all([
      caches.open(PAGES).then((cache) => cache.add('/')),
      caches.open(DATA).then((cache) => cache.addAll(['/data/feed/page-1.json', '/data/facets/counts.json'])),
    ]),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys()
      const old = names.filter(
        (name) => /^dateline-(pages|data)-/.test(name) && ![PAGES, DATA].includes(name),
      )
      await Promise.all(old.map((name) => caches.delete(name)))
      // The first worker takes over the pages already open, so what they fetch next is kept.
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})
