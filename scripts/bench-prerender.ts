/**
 * Measures the content build and prerendering at archive sizes: generates N articles (default 1,000) from the
 * seed's paragraphs, then times ingest and prerender separately. Usage: tsx scripts/bench-prerender.ts [N]
 * Needs the SSR build (`npm run build`); writes into .bench/ only, and the numbers to .bench/prerender.json.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeCorpus } from './bench/corpus.ts'

const count = Number(process.argv[2] ?? 1000)
const corpus = join('.bench', 'corpus')
const site = join('.bench', 'site')
writeCorpus(corpus, count)

const time = (label: string, command: string, args: string[], env: Record<string, string> = {}) => {
  const started = performance.now()
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } })
  const seconds = (performance.now() - started) / 1000
  console.log(
    `${label.padEnd(10)} ${seconds.toFixed(2)} s  (${((seconds * 1000) / count).toFixed(2)} ms/article)`,
  )
  return seconds
}

rmSync(site, { recursive: true, force: true })
execFileSync('npx', ['vite', 'build', '--outDir', site, '--logLevel', 'error'], { stdio: 'inherit' })
console.log(`${count} articles`)
const ingest = time('ingest', 'node', [
  'scripts/run.mjs',
  'scripts/ingest.ts',
  '--out',
  join(site, 'data'),
  corpus,
])
const prerender = time('prerender', 'node', ['scripts/run.mjs', 'scripts/prerender.ts'], {
  DATELINE_DIST: site,
  NODE_ENV: 'production',
})
mkdirSync('.bench', { recursive: true })
writeFileSync(join('.bench', 'prerender.json'), JSON.stringify({ count, ingest, prerender }, null, 2))
