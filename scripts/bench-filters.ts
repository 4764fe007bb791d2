/**
 * Measures the feed's filters and search on a generated archive: data file sizes, bytes of the first load of
 * `/` at 100 and 10,000 stories, filter-change time (click to the next painted frame) and search time in
 * Chromium at 4× CPU slowdown, and bytes per search. Usage: tsx scripts/bench-filters.ts [N]. Needs `npm run build` (for the SSR bundle); writes into
 * .bench/ only, and the numbers to .bench/filters.json.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { FILTER_KEYS } from '../src/lib/filters.ts'
import { dataFiles } from '../src/lib/paths.ts'
import { findStories, toQueryTerms } from '../src/lib/search.ts'
import { toShard } from '../src/lib/search-terms.ts'
import { generateArchive, writeBenchData } from './bench-archive.ts'
import { chromiumArgs, chromiumPath } from './chromium.ts'
import { createSiteHandler } from './site-handler.ts'

const count = Number(process.argv[2] ?? 10_000)
const site = join('.bench', 'filters-site')
const results: Record<string, unknown> = { count }
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

rmSync(site, { recursive: true, force: true })
execFileSync('npx', ['vite', 'build', '--outDir', site, '--logLevel', 'error'], { stdio: 'inherit' })

/** Writes the data of a generated archive into the site and prerenders its feed. */
async function buildSite(size: number) {
  await writeBenchData(join(site, 'data'), generateArchive(size))
  execFileSync('npx', ['tsx', 'scripts/prerender.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATELINE_DIST: site, NODE_ENV: 'production' },
  })
}

/** Serves the site as `npm start` does, on a free port. */
function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer(createSiteHandler(site))
  return new Promise((resolve) =>
    server.listen(0, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({ url: `http://localhost:${port}`, close: () => server.close() })
    }),
  )
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })

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
 * hidden again) and a frame has painted: the time a reader waits for search results, which need the network.
 */
async function timeSearch(page: Page, act: () => Promise<void>) {
  const before = await page.evaluate(() => location.search)
  await page.evaluate(() => ((window as unknown as { t0: number }).t0 = performance.now()))
  await act()
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

/**
 * Records three times per click, all from the click event's timestamp (when the browser took the input; the
 * driver's press-to-release gap is not counted): to the end of the next frame's rendering (a task queued from
 * the frame's animation callback runs once it is done), to its presentation on screen as Event Timing
 * reports it (the `click` entry's duration, as INP measures; in steps of 8 ms, none under 16 ms), and to the
 * first frame after the page's last change of the click (the feed complete: every result's entry in place,
 * not just the first frame's checkbox, counts and first results or their placeholders).
 */
async function observeClicks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      rendered: number[]
      presented: number[]
      measuring: boolean
      clickAt: number
      changedAt: number
      frames: number[]
      frame: () => void
    }
    w.rendered = []
    w.presented = []
    w.clickAt = 0
    w.changedAt = 0
    w.frames = []
    new MutationObserver(() => (w.changedAt = performance.now())).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
    // Frame times for a few seconds after a click (assigned, not declared: a named function would need tsx's
    // name helper in the page).
    w.frame = () => {
      w.frames.push(performance.now())
      if (performance.now() - w.clickAt < 4000) requestAnimationFrame(w.frame)
    }
    addEventListener(
      'click',
      (event) => {
        // One change per click, timed from the first click event.
        if (w.measuring) return
        w.measuring = true
        w.clickAt = event.timeStamp
        w.frames = []
        requestAnimationFrame(w.frame)
        requestAnimationFrame(() =>
          setTimeout(() => {
            w.rendered.push(performance.now() - event.timeStamp)
            w.measuring = false
          }),
        )
      },
      { capture: true },
    )
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') w.presented.push(entry.duration)
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
  return () =>
    page.evaluate(() => {
      const w = window as unknown as {
        rendered: number[]
        presented: number[]
        clickAt: number
        changedAt: number
        frames: number[]
      }
      const changed = w.changedAt > w.clickAt ? w.changedAt : w.clickAt
      const taken = {
        rendered: Math.round(Math.max(0, ...w.rendered)),
        presented: Math.max(16, ...w.presented),
        complete: Math.round((w.frames.find((frame) => frame > changed) ?? changed) - w.clickAt),
      }
      w.rendered = []
      w.presented = []
      w.clickAt = 0
      return taken
    })
}

/**
 * Toggles one checkbox as a reader does, with real pointer input: the pointer rests on it first (unless
 * `point` is false), then clicks. The time is from the click to the frame that shows the new feed.
 */
async function toggle(
  page: Page,
  take: Awaited<ReturnType<typeof observeClicks>>,
  group: string,
  nth: number,
  point: boolean,
) {
  const before = await page.evaluate(() => location.search)
  const label = page
    .locator('fieldset', { has: page.locator('legend', { hasText: group }) })
    // The boxes only (each a link in the role of a checkbox): a group with many values also has a box to
    // find one by typing.
    .locator('a[role=checkbox]')
    .nth(nth)
  if (point) {
    await label.hover()
    await page.waitForTimeout(150)
    await page.waitForLoadState('networkidle')
  }
  await take()
  await label.click()
  await page.waitForFunction((search) => location.search !== search, before)
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'))
  await page.waitForTimeout(100)
  await page.waitForLoadState('networkidle')
  return take()
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
}

results.firstLoad100 = await firstLoad(100)
results.firstLoadN = await firstLoad(count)

const dataSize = (path: string) => {
  const full = join(site, 'data', path)
  return { raw: statSync(full).size, gzip: gzipSync(readFileSync(full)).length }
}
const files = {
  index: dataSize(dataFiles.facetIndex),
  vocabulary: dataSize(dataFiles.vocabulary),
  counts: dataSize(dataFiles.facetCounts),
  map: dataSize(dataFiles.worldMap),
}
results.files = files
for (const [name, size] of Object.entries(files))
  console.log(`${name.padEnd(10)} ${kb(size.raw)} raw, ${kb(size.gzip)} gzip`)
const valueBytes = FILTER_KEYS.flatMap((key) =>
  readdirSync(join(site, 'data', 'facets', 'values', key)).map(
    (f) => gzipSync(readFileSync(join(site, 'data', 'facets', 'values', key, f))).length,
  ),
)
results.valueFiles = { count: valueBytes.length, largestGzip: Math.max(...valueBytes) }
console.log(`value files: ${valueBytes.length}, largest ${kb(Math.max(...valueBytes))} gzip`)
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
// The panel's code loads after the first paint; a click before the panel has hydrated follows the box's link
// and loads the page anew (on a busy machine, networkidle can come first), so the timing starts once the
// panel says it has hydrated.
await page.waitForSelector('#filter-panel[data-hydrated]', { state: 'attached' })
const take = await observeClicks(page)
meter.take()
const cold = await toggle(page, take, 'Country', 0, true)
console.log(
  `first filter (loads the vocabulary and the value's own file): rendered ${cold.rendered} ms, presented ${cold.presented} ms, complete ${cold.complete} ms, ${kb(meter.take().bytes)} transferred`,
)
// A walk through the panel: adding and removing countries, topics and regions, in a fixed order.
const walk = [
  ['Country', 1],
  ['Topic', 0],
  ['Region', 0],
  ['Topic', 0],
  ['Country', 2],
  ['Country', 2],
  ['Topic', 3],
  ['Country', 3],
  ['Topic', 3],
  ['Topic', 1],
  ['Country', 1],
  ['Region', 1],
  ['Topic', 1],
  ['Country', 0],
  ['Region', 1],
  ['Country', 3],
] as const
type Spread = { median: number; p90: number; max: number }
const spread = (times: number[]): Spread => ({
  median: percentile(times, 0.5),
  p90: percentile(times, 0.9),
  max: Math.max(...times),
})
const show = ({ median, p90, max }: Spread) => `median ${median} ms, p90 ${p90} ms, max ${max} ms`
const changes: Record<string, { rendered: Spread; presented: Spread; complete: Spread; bytes: number }> = {}
for (const point of [true, false]) {
  const times: { rendered: number; presented: number; complete: number }[] = []
  for (const [group, nth] of walk) times.push(await toggle(page, take, group, nth, point))
  const name = point ? 'pointer rests first' : 'click at once'
  const change = {
    rendered: spread(times.map((t) => t.rendered)),
    presented: spread(times.map((t) => t.presented)),
    complete: spread(times.map((t) => t.complete)),
    bytes: meter.take().bytes / walk.length,
  }
  changes[name] = change
  console.log(`filter change, ${name} (${walk.length} changes, ${kb(change.bytes)} transferred each):`)
  console.log(`  to the frame rendered:  ${show(change.rendered)}`)
  console.log(`  to the frame presented: ${show(change.presented)}`)
  console.log(`  to the feed complete:   ${show(change.complete)}`)
}
const searchMs = await timeSearch(page, async () => {
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('security talks')
  await page.keyboard.press('Enter')
})
await page.waitForLoadState('networkidle')
console.log(`search "security talks": ${searchMs.toFixed(0)} ms, ${kb(meter.take().bytes)} transferred`)
results.changes = { cold, ...changes, search: searchMs }

await browser.close()
server.close()
// The built site is only scaffolding for the numbers; left behind, linters and searches would trip on it.
rmSync(site, { recursive: true, force: true })
mkdirSync('.bench', { recursive: true })
writeFileSync(join('.bench', 'filters.json'), JSON.stringify(results, null, 2))
