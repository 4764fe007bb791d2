/**
 * Lighthouse mobile on the built feed and an article page against their static floor: the same HTML with
 * every script and module preload removed and the stylesheet inlined, the fastest that page can paint (served
 * compressed, as the pages are).
 * Both are served from one local server and measured in the same run, alternating, RUNS times each (default 3);
 * prints the median performance score and LCP of each and the LCP ratio page / floor.
 * Usage: `npm run build`, then `npx tsx scripts/bench/lighthouse-floor.ts [RUNS]`. Writes .bench/lighthouse-floor.json.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumArgs, chromiumPath } from '../chromium.ts'
import { createSiteHandler } from '../site-handler.ts'

const DIST = 'dist'
const runs = Number(process.argv[2] ?? 3)
const FLOOR = '/__floor'

/** The page's HTML without scripts or preloads, its stylesheets inlined. */
export async function toFloor(html: string): Promise<string> {
  let floor = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+rel="modulepreload"[^>]*>/g, '')
    .replace(/<template id="dateline-code">[\s\S]*?<\/template>/g, '')
  for (const [tag, href] of [...floor.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"[^>]*>/g)]) {
    floor = floor.replace(tag!, `<style>${await readFile(join(DIST, href!), 'utf8')}</style>`)
  }
  return floor
}

const article = (await readdir(join(DIST, 'articles'))).find((f) => f.endsWith('.html'))
const pages: Record<string, string> = { '/': 'index.html' }
if (article) pages[`/articles/${article.replace(/\.html$/, '')}`] = join('articles', article)
const floors = new Map<string, string>()
for (const [path, file] of Object.entries(pages)) {
  floors.set(FLOOR + path, await toFloor(await readFile(join(DIST, file), 'utf8')))
}

const site = createSiteHandler(DIST)
const server = createServer((req, res) => {
  const floor = floors.get(new URL(req.url ?? '/', 'http://x').pathname)
  if (floor === undefined) return void site(req, res)
  // Compressed as the site's pages are, so the floor differs from its page by the scripts alone.
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Encoding': 'gzip',
  })
  res.end(gzipSync(floor))
})
await new Promise<void>((done) => server.listen(0, done))
const base = `http://localhost:${(server.address() as AddressInfo).port}`

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] })
const results: Record<
  string,
  { performance: number; lcp: number; floorPerformance: number; floorLcp: number }
> = {}
try {
  for (const path of Object.keys(pages)) {
    const page = { score: [] as number[], lcp: [] as number[] }
    const floor = { score: [] as number[], lcp: [] as number[] }
    for (let i = 0; i < runs; i++) {
      for (const [target, url] of [
        [page, base + path],
        [floor, base + FLOOR + path],
      ] as const) {
        const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }))!.lhr
        target.score.push(Math.round((lhr.categories.performance?.score ?? 0) * 100))
        target.lcp.push(Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN))
      }
    }
    results[path] = {
      performance: median(page.score),
      lcp: median(page.lcp),
      floorPerformance: median(floor.score),
      floorLcp: median(floor.lcp),
    }
    const r = results[path]
    console.log(
      `${path}: performance ${r.performance} (floor ${r.floorPerformance}), LCP ${r.lcp} ms (floor ${r.floorLcp} ms),` +
        ` ratio ${(r.lcp / r.floorLcp).toFixed(2)} — median of ${runs}; scores ${page.score.join('/')}, LCPs ${page.lcp.join('/')} vs ${floor.lcp.join('/')}`,
    )
  }
} finally {
  chrome.kill()
  server.close()
}
await mkdir('.bench', { recursive: true })
await writeFile('.bench/lighthouse-floor.json', JSON.stringify(results, null, 2))
