/**
 * Times the content pipeline on a seeded synthetic corpus (one core, after a warm-up):
 *   npx tsx scripts/bench/pipeline.ts [--articles 2000] [--seed 7] [--rounds 3]
 * The corpus recombines paragraphs of eval/articles into ~5 KB articles with new headlines, bullets and
 * datelines, in the layouts the contract allows (LF/CRLF, blank lines or not). Same seed, same corpus.
 * Prints articles/second and MB/s and writes them to .bench/pipeline.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readArticles } from '../../src/pipeline/read-articles.ts'
import { mulberry32 } from '../random.ts'

const root = resolve(import.meta.dirname, '..', '..')
const option = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  const value = i < 0 ? NaN : Number(process.argv[i + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const COUNT = option('articles', 2000)
const SEED = option('seed', 7)
const ROUNDS = option('rounds', 3)
const TARGET_BYTES = 5000

const DATELINES = [
  'KABUL: ',
  'ISLAMABAD (Reuters) - ',
  'Washington (AFP) – ',
  'GAZA CITY, Gaza Strip — ',
  'LONDON — ',
  'NEW DELHI: ',
  'Dhaka, Bangladesh — ',
  'RIYADH: ',
  'TASHKENT (AP) — ',
  'KARACHI: ',
  'Doha, Qatar – ',
  '',
]
// A dateline already on a pooled paragraph is cut so that a reused opening paragraph reads as body text.
const LEADING_DATELINE = /^[A-Z][A-Za-z .,'-]{1,40}?(?: \((?:AP|AFP|Reuters)\))? ?[:–—-] /

function readPools(): { paragraphs: string[]; headlines: string[]; bullets: string[] } {
  const dir = join(root, 'eval', 'articles')
  const paragraphs: string[] = []
  const headlines: string[] = []
  const bullets: string[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.trim())
    for (const line of lines) {
      if (line === '') continue
      // Body paragraphs are long or end a sentence; what is left is a headline.
      if (line.startsWith('- ')) bullets.push(line)
      else if (line.length > 140 || /[.!?"”’']$/.test(line))
        paragraphs.push(line.replace(LEADING_DATELINE, ''))
      else headlines.push(line)
    }
  }
  return { paragraphs, headlines: [...new Set(headlines)], bullets }
}

function makeCorpus(): Uint8Array[] {
  const random = mulberry32(SEED)
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T
  const { paragraphs, headlines, bullets: bulletPool } = readPools()
  const encoder = new TextEncoder()
  const corpus: Uint8Array[] = []
  for (let n = 0; n < COUNT; n++) {
    // Front half of one headline, back half of another, and a number: varied and unique.
    const a = pick(headlines).split(' ')
    const b = pick(headlines).split(' ')
    const title = [
      ...a.slice(0, Math.ceil(a.length / 2)),
      ...b.slice(Math.floor(b.length / 2)),
      `(${n + 1})`,
    ].join(' ')
    const bullets = Array.from({ length: Math.floor(random() * 3) }, () => pick(bulletPool))
    const body = [pick(DATELINES) + pick(paragraphs)]
    let size = body[0]?.length ?? 0
    while (size < TARGET_BYTES) {
      const p = pick(paragraphs)
      body.push(p)
      size += p.length + 1
    }
    const blocks = random() < 0.15 ? [...body, title, ...bullets] : [title, ...bullets, ...body]
    const text = blocks.join(random() < 0.25 ? '\n\n' : '\n') + '\n'
    corpus.push(encoder.encode(random() < 0.1 ? text.replace(/\n/g, '\r\n') : text))
  }
  return corpus
}

function run(corpus: Uint8Array[]): { seconds: number; articles: number; errors: number } {
  let articles = 0
  let errors = 0
  const start = process.hrtime.bigint()
  corpus.forEach((bytes, i) => {
    const result = readArticles(`bench-${i}.txt`, bytes)
    articles += result.articles.length
    errors += result.problems.length
  })
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, articles, errors }
}

const corpus = makeCorpus()
const bytes = corpus.reduce((n, b) => n + b.length, 0)
run(corpus.slice(0, 300)) // warm-up: module-level tables, JIT
const rounds = Array.from({ length: ROUNDS }, () => run(corpus)).sort((x, y) => x.seconds - y.seconds)
const median = rounds[Math.floor(rounds.length / 2)] ?? { seconds: NaN, articles: 0, errors: 0 }
const result = {
  inputs: corpus.length,
  bytes,
  averageBytes: Math.round(bytes / corpus.length),
  seed: SEED,
  rounds: ROUNDS,
  seconds: Number(median.seconds.toFixed(4)),
  articlesPerSecond: Math.round(corpus.length / median.seconds),
  mbPerSecond: Number((bytes / 1e6 / median.seconds).toFixed(2)),
  // The target is stated in articles of 5 KB; the corpus's articles are a little longer.
  fiveKbArticlesPerSecond: Math.round(bytes / 5000 / median.seconds),
  msPerArticle: Number(((1000 * median.seconds) / corpus.length).toFixed(3)),
  articlesRead: median.articles,
  problemsReported: median.errors,
  node: process.version,
}
console.log(
  `${result.inputs} inputs, ${(bytes / 1e6).toFixed(1)} MB (avg ${result.averageBytes} B), median of ${ROUNDS} rounds:\n` +
    `  ${result.articlesPerSecond} articles/s (${result.fiveKbArticlesPerSecond} of 5 KB), ${result.mbPerSecond} MB/s, ${result.msPerArticle} ms/article\n` +
    `  ${result.articlesRead} articles read, ${result.problemsReported} problems reported`,
)
if (result.articlesRead !== corpus.length)
  console.log(`  note: expected ${corpus.length} articles, got ${result.articlesRead}`)
mkdirSync(join(root, '.bench'), { recursive: true })
writeFileSync(join(root, '.bench', 'pipeline.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('Wrote .bench/pipeline.json')
