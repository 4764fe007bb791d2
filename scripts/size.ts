/**
 * Prints the gzip bytes of the JS and CSS each page type loads first: the scripts, module preloads and
 * stylesheets its prerendered HTML names, which are what the page paints and hydrates with (the budget is
 * 110 KB of JS); a filtered view (`/?country=…`, the feed's HTML) counts the code of the filtered feed too,
 * which it shows nothing without. Then what it loads right after, without holding hydration: the code of its
 * deferred parts (the feed's stories and panel, an article's aside; for a one-value filtered view, what
 * filters the whole facet index and what loads a filter change). Then, per first-load file, its gzip bytes
 * and largest modules. Run after `npm run build`; writes .bench/size.json.
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

type Manifest = Record<string, { file: string; imports?: string[] }>
const manifest = JSON.parse(await readFile(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest
// What each emitted chunk is made of (from the build's .bench/chunk-modules.json): its modules and their bytes.
const modules: ChunkModules = JSON.parse(
  await readFile('.bench/chunk-modules.json', 'utf8').catch(() => '{}'),
)
/**
 * The manifest key of the chunk a source module is in: its own, or, for a module the build grouped into a
 * chunk with others (vite.config.ts), that chunk's (the manifest names such chunks, not their modules).
 */
const chunkOf = (source: string): string | undefined => {
  if (manifest[source]) return source
  const file = Object.entries(modules).find(([, parts]) => parts.some((m) => m.module === source))?.[0]
  return file && Object.keys(manifest).find((key) => `/${manifest[key]!.file}` === file)
}
/** The files a module's chunk loads: its own and those it imports. */
const closure = (source: string, seen = new Set<string>()): Set<string> => {
  const key = chunkOf(source)
  const chunk = key && manifest[key]
  if (!chunk || seen.has(`/${chunk.file}`)) return seen
  seen.add(`/${chunk.file}`)
  chunk.imports?.forEach((imported) => closure(imported, seen))
  return seen
}
/**
 * The code a page cannot show its content without, beside what its HTML names: a filtered view (the feed's
 * HTML, then the filtered feed) needs the filtered feed, what computes it and the stories it shows (the
 * filtered feed's chunk and what it imports), so they count in its first load.
 */
const needs: Record<string, string[]> = {
  '/?country=… (filtered)': ['src/features/feed/filtered-feed.tsx'],
}
/**
 * The code a page loads once it shows its content, beside what its HTML prefetches: a one-value view
 * (`/?country=…`) loads what its next change needs after it has painted: what filters the whole facet index
 * and what loads and prefetches a filter change (load-filtered-view.ts, with the panel), none of which it runs
 * before.
 */
const then: Record<string, string[]> = {
  '/?country=… (filtered)': ['src/features/feed/filtered-view.ts', 'src/features/feed/load-filtered-view.ts'],
}
pages['/?country=… (filtered)'] = 'index.html'

const gzipped = async (url: string) => gzipSync(await readFile(join(DIST, url)), { level: 9 }).length
const report: Record<
  string,
  {
    js: number
    css: number
    cssInline: boolean
    html: number
    files: string[]
    afterJs: number
    afterFiles: string[]
  }
> = {}
for (const [name, file] of Object.entries(pages)) {
  const html = await readFile(join(DIST, file), 'utf8')
  const named = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!)
  const asset = '"(\\/assets\\/[^"]+\\.(?:js|css))"'
  const unique = [
    ...new Set([
      ...named(
        new RegExp(`<(?:script[^>]+src|link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href)=${asset}`, 'g'),
      ),
      ...(needs[name] ?? []).flatMap((source) => [...closure(source)]),
    ]),
  ]
  const sizes = await Promise.all(unique.map(gzipped))
  const sum = (ext: string) =>
    unique.reduce((total, url, i) => total + (url.endsWith(ext) ? sizes[i]! : 0), 0)
  const later = new Set(named(new RegExp(`<link[^>]+rel="prefetch"[^>]+href=${asset}`, 'g')))
  for (const source of then[name] ?? []) closure(source, later)
  const afterFiles = [...later].filter((url) => !unique.includes(url))
  // The stylesheet inlined in the page: sent within its HTML, so counted there too.
  const inline = named(/<style>([\s\S]*?)<\/style>/g).join('')
  report[name] = {
    js: sum('.js'),
    css: sum('.css') + (inline ? gzipSync(inline, { level: 9 }).length : 0),
    cssInline: inline !== '',
    html: gzipSync(html, { level: 9 }).length,
    files: unique,
    afterJs: (await Promise.all(afterFiles.map(gzipped))).reduce((a, b) => a + b, 0),
    afterFiles,
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log(
  'first load, gzip          JS         CSS               HTML       then, JS (deferred, after hydrating)',
)
for (const [name, r] of Object.entries(report)) {
  console.log(
    `${name.padEnd(25)} ${kb(r.js).padEnd(10)} ${(kb(r.css) + (r.cssInline ? ' inline' : '')).padEnd(17)} ${kb(r.html).padEnd(10)} ${r.afterJs ? `+${kb(r.afterJs)}` : ''}`,
  )
}

// What each first-load chunk is made of: its gzip bytes, then its largest modules first.
const shown = new Set<string>()
for (const r of Object.values(report)) {
  for (const file of r.files.filter((f) => f.endsWith('.js') && !shown.has(f))) {
    shown.add(file)
    const parts = modules[file] ?? []
    const raw = kb(parts.reduce((t, m) => t + m.bytes, 0))
    console.log(`\n${file}: ${kb(await gzipped(file))} gzip (${raw} before minifying and gzip)`)
    for (const m of parts.slice(0, 6)) console.log(`  ${kb(m.bytes).padStart(9)}  ${m.module}`)
  }
}
await mkdir('.bench', { recursive: true })
await writeFile('.bench/size.json', JSON.stringify(report, null, 2))
