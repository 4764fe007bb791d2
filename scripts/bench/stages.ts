/**
 * Benchmark (not a test): what each stage of the pipeline costs per 5 KB of article text, on one core
 * after a warm-up, over the articles of eval/ as the text stage reads them:
 *   npx tsx scripts/bench/stages.ts [--rounds 10]
 * Prints one line per stage (text, quotes, places, topics, names) and the whole of readArticles.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findEntities } from '../../src/pipeline/names/find-entities.ts'
import { findPlaces } from '../../src/pipeline/places/find-places.ts'
import { extractQuotes } from '../../src/pipeline/quotes/extract-quotes.ts'
import { readArticles } from '../../src/pipeline/read-articles.ts'
import { findTopics } from '../../src/pipeline/topics/find-topics.ts'

const root = resolve(import.meta.dirname, '..', '..')
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 10
const dir = join(root, 'eval', 'articles')
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
const articles = files.flatMap((file) => readArticles(file.name, file.bytes).articles)
const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0)

/** The best of several rounds, in ms per 5 KB: a shared machine's other work only ever slows a round. */
function time(run: () => void): number {
  run()
  let best = Infinity
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return (best * 5000) / bytes
}

const stages: [string, () => void][] = [
  ['readArticles (all)', () => files.forEach((file) => readArticles(file.name, file.bytes))],
  [
    'quotes',
    () => articles.forEach((a) => extractQuotes(a.paragraphs, { title: a.title, summary: a.summary })),
  ],
  ['places', () => articles.forEach((a) => findPlaces(a, a.dateline))],
  ['topics', () => articles.forEach((a) => findTopics(a))],
  ['names', () => articles.forEach((a) => findEntities(a))],
]
console.log(`${files.length} files, ${(bytes / 1024).toFixed(0)} KB, best of ${rounds} rounds:`)
const times = stages.map(([name, run]) => [name, time(run)] as const)
const [total, ...parts] = times.map(([, ms]) => ms) as [number, ...number[]]
times.push(['text and the rest', total - parts.reduce((sum, ms) => sum + ms, 0)])
for (const [name, ms] of times) console.log(`  ${name.padEnd(20)} ${ms.toFixed(3)} ms per 5 KB`)
