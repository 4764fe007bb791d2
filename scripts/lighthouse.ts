/**
 * Lighthouse scores (mobile, simulated throttling) for the feed and an article page of the running app.
 * Usage: `npm start` in one terminal, then `npx tsx scripts/lighthouse.ts [BASE_URL]`. Writes .bench/lighthouse.json.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumArgs, chromiumPath } from './chromium.ts'

const base = process.argv[2] ?? `http://localhost:${process.env.PORT ?? 4173}`
const article = (await readdir('dist/articles')).find((f) => f.endsWith('.html'))?.replace(/\.html$/, '')
const urls = [`${base}/`, ...(article ? [`${base}/articles/${article}`] : [])]
const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] })
const results: Record<string, Record<string, number>> = {}
try {
  for (const url of urls) {
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    const lhr = run!.lhr
    const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN)
    results[url] = {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      'best-practices': Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
      seo: Math.round((lhr.categories.seo?.score ?? 0) * 100),
      'FCP ms': metric('first-contentful-paint'),
      'LCP ms': metric('largest-contentful-paint'),
      'TBT ms': metric('total-blocking-time'),
      CLS: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    }
    console.log(url, results[url])
  }
} finally {
  chrome.kill()
}
await mkdir('.bench', { recursive: true })
await writeFile('.bench/lighthouse.json', JSON.stringify(results, null, 2))
