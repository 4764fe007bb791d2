/**
 * Writes one HTML file per page of the built app: the feed (`index.html`), every article
 * (`articles/<slug>.html`), every quote (`articles/<slug>/quotes/<n>.html`) and the not-found page
 * (`404.html`), each holding its text, head tags and the data the browser hydrates from; then the feeds, the
 * sitemap, `robots.txt` and `_headers`. Run after `vite build` and the SSR build; prints how long it took.
 */
import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Article } from '../src/lib/article.ts'
import type { FacetCounts } from '../src/lib/facets.ts'
import type { FeedPage, RelatedEntry } from '../src/lib/feed.ts'
import { dataFiles, paths, toQuoteNumber } from '../src/lib/paths.ts'
import { toQuotePage, toQuoteTitle, toSpeakerName } from '../src/lib/quote-page.ts'
import { toNewsArticle, toQuotation } from '../src/lib/structured-data.ts'
import { openPageCache } from './build/page-cache.ts'
import { startProgress } from './build/progress.ts'
import { compressTree, writeWithCompressed } from './compress.ts'
import { toDescription, toHeadTags, type PageHead } from './head-tags.ts'
import { toFeedTitle, writeFeeds } from './write-feeds.ts'

const DIST = process.env.DATELINE_DIST ?? 'dist'
const SSR = process.env.DATELINE_SSR ?? 'dist-ssr'
const SITE_URL = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 4173}`
type Entry = typeof import('../src/app/prerender-entry.tsx')

const started = performance.now()
const entry = (await import(pathToFileURL(join(SSR, 'prerender-entry.js')).href)) as Entry
// Vite's index.html is the shell of every page; it is kept aside so that prerendering can run again.
const templatePath = join(DIST, '.vite', 'index.template.html')
const built = await readFile(join(DIST, 'index.html'), 'utf8')
if (built.includes('<!--app-html-->')) await writeFile(templatePath, built)
const template = await readFile(templatePath, 'utf8')
const manifest = JSON.parse(await readFile(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { file: string; imports?: string[] }
>
const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T
const pageCache = await openPageCache(DIST, [
  template,
  JSON.stringify(manifest),
  await readFile(join(SSR, 'prerender-entry.js'), 'utf8'),
  SITE_URL,
])

/**
 * The deferred parts of each page type (`deferred` in src/lib/deferred.tsx): prerendered, but hydrated when
 * their code arrives, so the page neither paints nor hydrates with it.
 */
const DEFERRED: Record<string, string[]> = {
  'src/features/feed/feed-page.tsx': [
    'src/features/feed/latest-feed.tsx',
    'src/features/feed/keyboard-shortcuts.tsx',
  ],
  'src/features/article/article-page.tsx': ['src/features/article/article-aside.tsx'],
}

/** The files a module's chunk loads: its own and those it imports. */
function filesOf(source: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[source]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  chunk.imports?.forEach((key) => filesOf(key, seen))
  return seen
}

/**
 * Module preloads for a page's lazily loaded code, so it downloads alongside the entry instead of after it;
 * files the shell already loads are left out. They go after the stylesheet, which the first paint needs.
 * Then prefetches, at the browser's lowest priority, for the code of the page's deferred parts: in by the
 * time the page has hydrated, without taking bandwidth from what the first paint and hydration need.
 */
function preloadsFor(source: string): string {
  const preloaded = [...filesOf(source)].filter((file) => !template.includes(`/${file}"`))
  const later = new Set<string>()
  for (const part of DEFERRED[source] ?? []) filesOf(part, later)
  const prefetched = [...later].filter((file) => !preloaded.includes(file) && !template.includes(`/${file}"`))
  return [
    ...preloaded.map((file) => `<link rel="modulepreload" crossorigin href="/${file}" />`),
    ...prefetched.map((file) => `<link rel="prefetch" crossorigin href="/${file}" />`),
  ].join('\n    ')
}

/** The pages written, each with its compressed copies already beside it. */
const written = new Set<string>()

/**
 * Writes one page; `code` is the source of its route module, or null for a page that runs no script. `date`
 * (the newest date of its content) stands for the time its data was fetched, so a page's bytes depend on its
 * content alone.
 */
async function writePage(
  file: string,
  url: string,
  head: PageHead,
  preload: Parameters<Entry['prerender']>[1],
  code: string | null,
  date: string | null = null,
) {
  const builtAt = date ? Date.parse(date) : 0
  const page = await entry.prerender(url, preload, { hydrate: code !== null, builtAt })
  const shell =
    code === null
      ? template.replace(/\s*<script type="module"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g, '')
      : template
  const html = shell
    .replace('<!--app-head-->', toHeadTags(head))
    .replace('</head>', `  ${code ? preloadsFor(code) : ''}\n  </head>`)
    .replace('<!--app-html-->', page.html)
    .replace('</body>', `${page.queryState}\n  </body>`)
  written.add(join(DIST, file))
  await writeWithCompressed(join(DIST, file), html)
}

const firstPage = await readJson<FeedPage>(join(DIST, 'data', dataFiles.feedPage(1)))
// The content's date: the newest story's (the feed puts dated stories first, newest first). It dates what
// would otherwise carry the clock's time, so the same content builds the same files.
const contentDate =
  (process.env.SOURCE_DATE_EPOCH && new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()) ||
  (firstPage.articles.find((a) => a.publishedAt)?.publishedAt ?? null)
// The panel's counts with nothing chosen: bounded by the vocabulary, not the archive, so the feed carries them.
const facetCounts = await readJson<FacetCounts>(join(DIST, 'data', dataFiles.facetCounts))
await writePage(
  'index.html',
  paths.feed,
  {
    title: null,
    description: 'News from South and Central Asia, the Middle East and beyond, with every quote credited.',
    url: SITE_URL + paths.feed,
    type: 'website',
    feeds: [{ title: toFeedTitle(), url: SITE_URL + paths.rss() }],
  },
  (qc) => entry.preloadFeed(qc, firstPage, facetCounts),
  'src/features/feed/feed-page.tsx',
  contentDate,
)

if (!pageCache.warm) await rm(join(DIST, 'articles'), { recursive: true, force: true })
await mkdir(join(DIST, 'articles'), { recursive: true })
const slugs = (await readdir(join(DIST, 'data', dataFiles.folders[0])))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
let quotePages = 0
let kept = 0
const progress = startProgress('prerendering', slugs.length, 'stories')
/**
 * Prerenders one article page, and a page for each of its quotes, from its data files; a story whose data
 * files are those its pages were written from keeps its pages.
 */
async function writeArticle(slug: string) {
  const texts = await Promise.all([
    readFile(join(DIST, 'data', dataFiles.article(slug)), 'utf8'),
    readFile(join(DIST, 'data', dataFiles.related(slug)), 'utf8'),
  ])
  progress.tick()
  if (pageCache.isFresh(slug, ...texts)) {
    kept++
    return
  }
  const article = JSON.parse(texts[0]) as Article
  const related = JSON.parse(texts[1]) as RelatedEntry[]
  const articleUrl = SITE_URL + paths.article(article.slug)
  await writePage(
    join('articles', `${article.slug}.html`),
    paths.article(article.slug),
    {
      title: article.title,
      description: toDescription(article.summary.join(' ') || article.paragraphs[0] || article.title),
      url: articleUrl,
      type: 'article',
      // The feeds this story is in, for its countries: those the country filter reads.
      feeds: article.countries
        .filter((c) => c.role !== 'mentioned')
        .map((c) => ({
          title: toFeedTitle(c.name),
          url: SITE_URL + paths.rss({ key: 'country', value: c.code.toLowerCase() }),
        })),
      structuredData: toNewsArticle(article, articleUrl),
    },
    (qc) => entry.preloadArticle(qc, article, related),
    'src/features/article/article-page.tsx',
    article.publishedAt,
  )
  // A story edited to fewer quotes leaves no page for a quote it no longer has.
  await rm(join(DIST, 'articles', article.slug), { recursive: true, force: true })
  if (article.quotes.length === 0) return
  await mkdir(join(DIST, 'articles', article.slug, 'quotes'), { recursive: true })
  for (const quote of article.quotes) {
    const page = toQuotePage(article, quote.id)!
    const path = paths.quotePage(article.slug, quote.id)
    await writePage(
      join('articles', article.slug, 'quotes', `${toQuoteNumber(quote.id)}.html`),
      path,
      {
        title: toQuoteTitle(quote),
        description: toDescription(`${toSpeakerName(quote)}, quoted in “${article.title}”`),
        url: SITE_URL + path,
        type: 'article',
        structuredData: toQuotation(page, SITE_URL + path, articleUrl),
      },
      (qc) => entry.preloadQuote(qc, page),
      'src/features/quote/quote-page.tsx',
      article.publishedAt,
    )
    quotePages++
  }
}

// Rendering is synchronous; reading and writing files overlap with it a batch at a time.
for (let i = 0; i < slugs.length; i += 32) {
  await Promise.all(slugs.slice(i, i + 32).map(writeArticle))
}
progress.stop()
const removed = await pageCache.save(join(DIST, 'articles'))

await writePage(
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
const feedsStarted = performance.now()
const feedFiles = await writeFeeds(DIST, SITE_URL, new Date(contentDate ? Date.parse(contentDate) : 0))
const rendered = performance.now()
// Article pages were compressed as they were written (or are kept with their compressed copies).
const compressed = written.size + (await compressTree(DIST, written, join(DIST, 'articles')))
const done = performance.now()
const pages = slugs.length - kept + quotePages + 2
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
console.log(
  `prerender: ${pages} pages in ${seconds(feedsStarted - started)} ` +
    `(${((feedsStarted - started) / pages).toFixed(1)} ms/page, ${quotePages} of them quote pages; ` +
    `${kept} stories' pages kept, ${removed} removed); ` +
    `${feedFiles} feed, sitemap and header files in ${seconds(rendered - feedsStarted)}; ` +
    `${compressed} files compressed (the pages as they were written), the last in ${seconds(done - rendered)}`,
)
