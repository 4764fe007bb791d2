/**
 * Measures the feed's filters and search on a generated archive: data file sizes, bytes of the first load of
 * `/` at 100 and 10,000 stories, filter-change and search time in Chromium at 4× CPU slowdown, and bytes per
 * search. Usage: tsx scripts/bench-filters.ts [N]. Needs `npm run build` (for the SSR bundle); writes into
 * .bench/ only, and the numbers to .bench/filters.json.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import sirv from 'sirv'
import { findStories, toQueryTerms } from '../src/lib/search.ts'
import { toShard } from '../src/lib/search-terms.ts'
import { generateArchive, writeBenchData } from './bench-archive.ts'

const count = Number(process.argv[2] ?? 10_000)
const site = join('.bench', 'filters-site')
const template = join('.bench', 'filters-template.html')
const results: Record<string, unknown> = { count }
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

rmSync(site, { recursive: true, force: true })
execFileSync('npx', ['vite', 'build', '--outDir', site, '--logLevel', 'error'], { stdio: 'inherit' })
copyFileSync(join(site, 'index.html'), template)

/** Writes the data of a generated archive into the site and prerenders its feed. */
async function buildSite(size: number) {
  await writeBenchData(join(site, 'data'), generateArchive(size))
  copyFileSync(template, join(site, 'index.html'))
  execFileSync('npx', ['tsx', 'scripts/prerender.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATELINE_DIST: site, NODE_ENV: 'production' },
  })
}

/** Serves the site as scripts/serve.ts does (precompressed files), on a free port. */
function serve(): Promise<{ url: string; close: () => void }> {
  const files = sirv(site, { extensions: ['html'], brotli: true, gzip: true, etag: true })
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end()
    }),
  )
  return new Promise((resolve) =>
    server.listen(0, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ url: `http://localhost:${port}`, close: () => server.close() })
    }),
  )
}

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox'],
})

/** Bytes on the wire (encoded, headers included) of everything a page loads, counted through CDP. */
async function countBytes(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  let bytes = 0
  const urls: string[] = []
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength))
  cdp.on('Network.responseReceived', (event) => urls.push(new URL(event.response.url).pathname))
  return {
    cdp,
    take: () => {
      const taken = { bytes, urls: [...urls] }
      bytes = 0
      urls.length = 0
      return taken
    },
  }
}

async function firstLoad(size: number) {
  await buildSite(size)
  const server = await serve()
  const page = await browser.newPage()
  const meter = await countBytes(page)
  await page.goto(server.url, { waitUntil: 'networkidle' })
  const { bytes, urls } = meter.take()
  await page.close()
  server.close()
  console.log(
    `first load of / with ${size} stories: ${kb(bytes)} transferred, data files: ${urls.filter((u) => u.includes('/data/')).join(', ') || 'none'}`,
  )
  return bytes
}

/**
 * Acts, then waits in the page until the URL has changed and the navigation is over (the app's progress bar is
 * hidden again) and a frame has painted: the time a reader waits for the new results.
 */
async function timeChange(page: Page, act: (() => Promise<void>) | { group: string; nth: number }) {
  const before = await page.evaluate(() => location.search)
  if (typeof act === 'function') {
    await page.evaluate(() => ((window as unknown as { t0: number }).t0 = performance.now()))
    await act()
  } else {
    // Clicked inside the page in the same task that starts the clock: the time is the app's alone, without
    // the test driver's round trips (which the CPU slowdown also multiplies).
    await page.evaluate(({ group, nth }) => {
      const legend = [...document.querySelectorAll('legend')].find((l) =>
        l.textContent?.trim().startsWith(group),
      )
      const box = legend?.parentElement?.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[nth]
      ;(window as unknown as { t0: number }).t0 = performance.now()
      box?.click()
    }, act)
  }
  await page.waitForFunction(
    (search) =>
      location.search !== search &&
      document.querySelector('[role=progressbar]')?.getAttribute('aria-hidden') === 'true',
    before,
    { polling: 'raf' },
  )
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => resolve(performance.now() - (window as unknown as { t0: number }).t0)),
      ),
  )
}

results.firstLoad100 = await firstLoad(100)
results.firstLoadN = await firstLoad(count)

const dataSize = (path: string) => {
  const full = join(site, 'data', path)
  return { raw: statSync(full).size, gzip: gzipSync(readFileSync(full)).length }
}
const files = {
  index: dataSize('facets/index.json'),
  vocabulary: dataSize('facets/vocabulary.json'),
  counts: dataSize('facets/counts.json'),
  map: dataSize('map/world.json'),
}
results.files = files
for (const [name, size] of Object.entries(files))
  console.log(`${name.padEnd(10)} ${kb(size.raw)} raw, ${kb(size.gzip)} gzip`)
const shards = readdirSync(join(site, 'data', 'search')).filter((f) => f.endsWith('.json'))
const shardBytes = shards.map((f) => gzipSync(readFileSync(join(site, 'data', 'search', f))).length)
console.log(
  `search index: ${shards.length} shards, ${kb(shardBytes.reduce((a, b) => a + b, 0))} gzip in all, largest ${kb(Math.max(...shardBytes))}`,
)

// Query time of the search itself, shards already loaded (Node, one core).
const queries = ['kallas', 'security talks', 'pakistan border trade', 'diplom']
const loaded = new Map(
  shards.map((f) => [
    f.replace('.json', ''),
    JSON.parse(readFileSync(join(site, 'data', 'search', f), 'utf8')),
  ]),
)
const queryTimes = queries.map((q) => {
  const terms = toQueryTerms(q)
  const started = performance.now()
  for (let i = 0; i < 20; i++) findStories(terms, loaded)
  const ms = (performance.now() - started) / 20
  const bytes = [...new Set(terms.map(toShard))].reduce(
    (sum, s) => sum + (shardBytes[shards.indexOf(`${s}.json`)] ?? 0),
    0,
  )
  console.log(
    `search "${q}": ${findStories(terms, loaded).size} hits, ${ms.toFixed(2)} ms, shards ${kb(bytes)} gzip`,
  )
  return { q, ms, bytes }
})
results.queries = queryTimes

// Filter changes in Chromium at 4× CPU slowdown, on the big archive still in the site.
const server = await serve()
const page = await browser.newPage()
const meter = await countBytes(page)
await meter.cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await page.goto(server.url, { waitUntil: 'networkidle' })
meter.take()
const changes: { step: string; ms: number; bytes: number }[] = []
const step = async (name: string, act: Parameters<typeof timeChange>[1]) => {
  const ms = await timeChange(page, act)
  await page.waitForLoadState('networkidle')
  const { bytes } = meter.take()
  changes.push({ step: name, ms, bytes })
  console.log(`${name.padEnd(36)} ${ms.toFixed(0).padStart(5)} ms  ${kb(bytes)} transferred`)
}
await step('first country (cold: index+vocabulary)', { group: 'Country', nth: 0 })
await step('second country', { group: 'Country', nth: 1 })
await step('add a topic', { group: 'Topic', nth: 0 })
await step('add a region', { group: 'Region', nth: 0 })
await step('remove the topic', { group: 'Topic', nth: 0 })
await step('search "security talks"', async () => {
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('security talks')
  await page.keyboard.press('Enter')
})
results.changes = changes
await browser.close()
server.close()
// The built site is only scaffolding for the numbers; left behind, linters and searches would trip on it.
rmSync(site, { recursive: true, force: true })
rmSync(template, { force: true })
mkdirSync('.bench', { recursive: true })
await import('node:fs/promises').then((fs) =>
  fs.writeFile(join('.bench', 'filters.json'), JSON.stringify(results, null, 2)),
)
