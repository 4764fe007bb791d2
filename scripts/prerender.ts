/**
 * Writes one HTML file per page of the built app: the feed (`index.html`), every article
 * (`articles/<slug>.html`), every quote (`articles/<slug>/quotes/<n>.html`) and the not-found page
 * (`404.html`), each holding its text, head tags and the data the browser hydrates from; then the feeds, the
 * sitemap, `robots.txt` and `_headers`. Run after `vite build` and the SSR build; prints how long it took.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'
import type { FacetCounts } from '../src/lib/facets.ts'
import type { FeedPage } from '../src/lib/feed.ts'
import { dataFiles, paths } from '../src/lib/paths.ts'
import { writeArticlePages, type StoryData } from './build/article-pages.ts'
import { openPageCache } from './build/page-cache.ts'
import { CODE_ID, createPageWriter, type Manifest, type PageSetup } from './build/page-writer.ts'
import { writeAtomic } from './build/write-atomic.ts'
import { poolData, poolSize, runPool, serveBatches, usePool } from './build/pool.ts'
import { startProgress } from './build/progress.ts'
import { compressTree } from './compress.ts'
import { INLINE_HASHES_FILE } from './security-headers.ts'
import { toFeedTitle, writeFeeds } from './write-feeds.ts'

if (!isMainThread) {
  // A worker of the pool: renders the stories it is handed.
  const writer = await createPageWriter(poolData<PageSetup>())
  serveBatches((story: StoryData) => writeArticlePages(writer, story))
} else {
  await prerenderSite()
}

async function prerenderSite() {
  const DIST = process.env.DATELINE_DIST ?? 'dist'
  const SSR = process.env.DATELINE_SSR ?? 'dist-ssr'
  const SITE_URL = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 4173}`

  const started = performance.now()
  // Vite's index.html is the shell of every page; it is kept aside so that prerendering can run again.
  const templatePath = join(DIST, '.vite', 'index.template.html')
  /** The app's entry and what it loads first, from the built index.html. */
  const appCode: string[] = []
  /** The hashes of the script and styles inlined in the pages. */
  const inlineHashes = { script: [] as string[], style: [] as string[] }
  const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`
  const built = await readFile(join(DIST, 'index.html'), 'utf8')
  if (built.includes('<!--app-html-->')) await writeFile(templatePath, built)
  const template = startAfterPaint(await inlineStylesheet(await readFile(templatePath, 'utf8')))
  const manifest = JSON.parse(await readFile(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest

  /**
   * The stylesheet goes into every page, so nothing holds the first paint back: while it is this small (about
   * 6 KB compressed) that costs less than a request. It is the same on every page, so one hash in the Content
   * Security Policy allows it (recorded for the server and written to `_headers`), and no other inline style.
   */
  async function inlineStylesheet(html: string): Promise<string> {
    return replaceAsync(
      html,
      /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/g,
      async (href) => {
        const css = (await readFile(join(DIST, href), 'utf8')).trim()
        if (/<\/style/i.test(css)) throw new Error(`${href} cannot be inlined: it holds </style>`)
        inlineHashes.style.push(sha256(css))
        return `<style>${css}</style>`
      },
    )
  }

  /**
   * The app's code starts loading, and runs, only after the first paint: the page is prerendered and its
   * stylesheet inline, so the first paint needs none of it, and neither its bytes nor its running compete with
   * the page's own. The page names its code in an inert `<template>` (module preloads, so that it all loads at
   * once rather than one import after another, and prefetches for its deferred parts); a few inline lines, the
   * same on every page and allowed by their hash, put them in the document and import the app once a frame has
   * been painted, or at once in a tab that is not shown and so paints nothing.
   */
  function startAfterPaint(html: string): string {
    const scripts = [...html.matchAll(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g)]
    const entry = scripts.at(-1)?.[1]
    if (!entry) throw new Error('the built index.html has no module script')
    const start =
      `const start = () => { document.head.append(document.getElementById('${CODE_ID}').content);` +
      ` import(${JSON.stringify(entry)}) };` +
      ` document.visibilityState === 'hidden' ? start() : requestAnimationFrame(() => setTimeout(start))`
    inlineHashes.script.push(sha256(start))
    appCode.push(...scripts.map(([, src]) => src!))
    let out = html
    for (const [tag] of scripts) out = out.replace(tag, '')
    return out.replace('</head>', `  <script type="module">${start}</script>\n  </head>`)
  }

  async function replaceAsync(text: string, pattern: RegExp, replace: (group: string) => Promise<string>) {
    const matches = [...text.matchAll(pattern)]
    const replacements = await Promise.all(matches.map((m) => replace(m[1]!)))
    return matches.reduce((out, m, i) => out.replace(m[0], replacements[i]!), text)
  }

  const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T
  const pageCache = await openPageCache(DIST, [
    template,
    JSON.stringify(manifest),
    await readFile(join(SSR, 'prerender-entry.js'), 'utf8'),
    SITE_URL,
  ])

  const setup: PageSetup = {
    dist: DIST,
    ssr: SSR,
    siteUrl: SITE_URL,
    template,
    appCode,
    manifest,
    fresh: !pageCache.warm,
  }
  const writer = await createPageWriter(setup)
  inlineHashes.script.push(...writer.reactInlineScripts.map(sha256))
  await writeFile(join(DIST, INLINE_HASHES_FILE), JSON.stringify(inlineHashes))

  // The site's own pages are compressed by the server, like the stories' (`isCompressible`): compressed
  // copies an earlier build made of them go before the pages are written, so none is ever sent for them.
  await Promise.all(
    ['index.html', '404.html', 'shell.html'].flatMap((page) =>
      ['.br', '.gz'].map((ext) => rm(join(DIST, page + ext), { force: true })),
    ),
  )
  const firstPage = await readJson<FeedPage>(join(DIST, 'data', dataFiles.feedPage(1)))
  // The content's date: the newest story's (the feed puts dated stories first, newest first). It dates what
  // would otherwise carry the clock's time, so the same content builds the same files.
  const contentDate =
    (process.env.SOURCE_DATE_EPOCH && new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()) ||
    (firstPage.articles.find((a) => a.publishedAt)?.publishedAt ?? null)
  // The panel's counts with nothing chosen: bounded by the vocabulary, not the archive, so the feed carries them.
  const facetCounts = await readJson<FacetCounts>(join(DIST, 'data', dataFiles.facetCounts))
  await writer.writePage(
    'index.html',
    paths.feed,
    {
      title: null,
      description: 'News from South and Central Asia, the Middle East and beyond, with every quote credited.',
      url: SITE_URL + paths.feed,
      type: 'website',
      feeds: [{ title: toFeedTitle(), url: SITE_URL + paths.rss() }],
    },
    (qc) => writer.preloadFeed(qc, firstPage, facetCounts),
    'src/features/feed/feed-page.tsx',
    contentDate,
  )

  if (!pageCache.warm) await rm(join(DIST, 'articles'), { recursive: true, force: true })
  await mkdir(join(DIST, 'articles'), { recursive: true })
  const slugs = (await readdir(join(DIST, 'data', dataFiles.folders[0])))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
  const progress = startProgress('prerendering', slugs.length, 'stories')
  // A story whose data files are those its pages were written from keeps its pages. The files' sizes and
  // times stand for their bytes: the build rewrites a data file only when its bytes change, and copies keep
  // their source's time; only the stories to render again are read.
  // Under `npm run build`, the hashes of the data files it copied stand for them, without a call per file.
  const dataRecord = process.env.DATELINE_DATA_RECORD
  const dataHashes = dataRecord
    ? await readJson<{ [file: string]: string }>(dataRecord).catch(() => null)
    : null
  const stale: StoryData[] = []
  for (let i = 0; i < slugs.length; i += 256) {
    const read = await Promise.all(
      slugs.slice(i, i + 256).map(async (slug) => {
        const files = [dataFiles.article(slug), dataFiles.related(slug)].map((f) => join(DIST, 'data', f))
        const hashes = [dataFiles.article(slug), dataFiles.related(slug)].map((f) => dataHashes?.[f])
        const stamps = hashes.every((hash) => hash !== undefined)
          ? (hashes as string[])
          : (await Promise.all(files.map((f) => stat(f)))).map((s) => `${s.size}:${s.mtimeMs}`)
        if (pageCache.isFresh(slug, ...stamps)) return null
        const [article, related] = await Promise.all(files.map((f) => readFile(f, 'utf8')))
        return { article: article!, related: related! }
      }),
    )
    for (const story of read) if (story) stale.push(story)
  }
  const kept = slugs.length - stale.length
  for (let i = 0; i < kept; i++) progress.tick()
  // Each story's pages are the same bytes whichever thread renders them; only a large build is worth a pool.
  const pooled = usePool(stale.length, 300)
  let files: string[][] = []
  if (pooled) {
    files = await runPool<StoryData, string[]>(process.argv[1]!, setup, stale, {
      batch: 16,
      onDone: (count) => {
        for (let i = 0; i < count; i++) progress.tick()
      },
    })
  } else {
    // Rendering is synchronous; reading and writing files overlap with it a batch at a time.
    for (let i = 0; i < stale.length; i += 32) {
      const batch = stale.slice(i, i + 32).map(async (story) => {
        const pages = await writeArticlePages(writer, story)
        progress.tick()
        return pages
      })
      files.push(...(await Promise.all(batch)))
    }
  }
  const quotePages = files.reduce((sum, pages) => sum + pages.length - 1, 0)
  progress.stop()
  const removed = await pageCache.save(join(DIST, 'articles'))

  await writer.writePage(
    '404.html',
    '/404',
    {
      title: 'Page not found',
      description: 'There is no page at this address.',
      url: SITE_URL,
      type: 'website',
    },
    () => {},
    // Whatever reaches the 404 page is not a page of the app, so it needs no script: its link reloads the feed.
    null,
  )
  // The app's shell, which the service worker keeps: the page that opens any URL of the app with no network and
  // no kept copy of it. It holds no page, so the app renders the URL's page itself, from the data kept offline.
  const shell = template
    .replace('<!--app-head-->', '<title>Dateline</title>\n    <meta name="robots" content="noindex" />')
    .replace('</head>', `  ${writer.codeFor('')}\n  </head>`)
    .replace('<!--app-html-->', '')
  await writeAtomic(join(DIST, 'shell.html'), shell)

  const feedsStarted = performance.now()
  const feedFiles = await writeFeeds(
    DIST,
    SITE_URL,
    new Date(contentDate ? Date.parse(contentDate) : 0),
    inlineHashes,
  )
  const rendered = performance.now()
  // Pages are compressed by the server (`isCompressible`); the data files, when `npm run build` copied
  // them, were compressed as it did.
  const skip = [join(DIST, 'articles'), ...(dataHashes ? [join(DIST, 'data')] : [])]
  const compressed = await compressTree(DIST, skip)
  const done = performance.now()
  const pages = stale.length + quotePages + 2
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  console.log(
    `prerender: ${pages} pages in ${seconds(feedsStarted - started)} ` +
      `(${((feedsStarted - started) / pages).toFixed(1)} ms/page, ${quotePages} of them quote pages; ` +
      `${kept} stories' pages kept, ${removed} removed; ` +
      `${pooled ? `${poolSize()} workers` : 'one thread'}); ` +
      `${feedFiles} feed, sitemap and header files in ${seconds(rendered - feedsStarted)}; ` +
      `${compressed} files compressed in ${seconds(done - rendered)}`,
  )
}
