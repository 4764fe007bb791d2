/**
 * Prints the gzip bytes of the JS and CSS each page type loads before it is interactive: the scripts,
 * module preloads and stylesheets its prerendered HTML names. Run after `npm run build`; writes .bench/size.json.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { ChunkModules } from './vite/chunk-modules.ts'

const DIST = 'dist'
const articles = (await readdir(join(DIST, 'articles'))).filter((f) => f.endsWith('.html'))
const pages: Record<string, string> = { '/': 'index.html', 'not found': '404.html' }
if (articles[0]) pages['/articles/<slug>'] = join('articles', articles[0])
// A quote page: the first article that has quotes (its folder holds them).
const withQuotes = (await readdir(join(DIST, 'articles'), { withFileTypes: true })).find((e) =>
  e.isDirectory(),
)
if (withQuotes) pages['…/quotes/<n>'] = join('articles', withQuotes.name, 'quotes', '1.html')

const report: Record<string, { js: number; css: number; html: number; files: string[] }> = {}
for (const [name, file] of Object.entries(pages)) {
  const html = await readFile(join(DIST, file), 'utf8')
  const urls = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  )
  const unique = [...new Set(urls)]
  const sizes = await Promise.all(
    unique.map(async (url) => gzipSync(await readFile(join(DIST, url)), { level: 9 }).length),
  )
  const sum = (ext: string) =>
    unique.reduce((total, url, i) => total + (url.endsWith(ext) ? sizes[i]! : 0), 0)
  report[name] = {
    js: sum('.js'),
    css: sum('.css'),
    html: gzipSync(html, { level: 9 }).length,
    files: unique,
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log('first load, gzip     JS         CSS        HTML')
for (const [name, r] of Object.entries(report)) {
  console.log(`${name.padEnd(20)} ${kb(r.js).padEnd(10)} ${kb(r.css).padEnd(10)} ${kb(r.html)}`)
}

// What each first-load chunk is made of (from the build's .bench/chunk-modules.json), largest modules first.
const modules: ChunkModules = JSON.parse(
  await readFile('.bench/chunk-modules.json', 'utf8').catch(() => '{}'),
)
const shown = new Set<string>()
for (const r of Object.values(report)) {
  for (const file of r.files.filter((f) => f.endsWith('.js') && !shown.has(f))) {
    shown.add(file)
    const parts = modules[file] ?? []
    console.log(`\n${file} (${kb(parts.reduce((t, m) => t + m.bytes, 0))} before minifying and gzip)`)
    for (const m of parts.slice(0, 6)) console.log(`  ${kb(m.bytes).padStart(9)}  ${m.module}`)
  }
}
await mkdir('.bench', { recursive: true })
await writeFile('.bench/size.json', JSON.stringify(report, null, 2))
