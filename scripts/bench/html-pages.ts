/**
 * Scores the page reader on a folder of saved news pages with hand-cut bodies (`gold.json`: file,
 * articleBody), in the article-extraction benchmark's measure: precision, recall and F1 over bags of
 * 4-word shingles (lower-cased word tokens, paragraphs joined by newlines). Readability.js alone (its
 * `textContent`) is scored in the same run as the baseline. Then speed, on one thread: pages a second
 * through the page reader alone (markup to article text: cut, DOM, Readability, clean-up), with its median
 * and slowest page, and through the whole pipeline (the page reader, then quotes, places, topics, names).
 * Usage: npm run bench:pages -- DIR [--show N]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Article } from '../../src/lib/article.ts'
import { readPage } from '../../src/pipeline/html/read-page.ts'
import { readArticles } from '../../src/pipeline/read-articles.ts'

const [dir, flag, count] = process.argv.slice(2)
if (!dir) throw new Error('usage: html-pages.ts DIR [--show N]')
const show = flag === '--show' ? Number(count ?? 10) : 0
type Gold = { file: string; articleBody: string }
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold[]

const shingles = (text: string): Map<string, number> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const bag = new Map<string, number>()
  for (let i = 0; i + 4 <= Math.max(words.length, 4); i++) {
    const s = words.slice(i, i + 4).join(' ')
    if (s) bag.set(s, (bag.get(s) ?? 0) + 1)
  }
  return bag
}
const score = (predicted: string, expected: string) => {
  const p = shingles(predicted)
  const g = shingles(expected)
  let tp = 0
  for (const [s, n] of p) tp += Math.min(n, g.get(s) ?? 0)
  const np = [...p.values()].reduce((a, b) => a + b, 0)
  const ng = [...g.values()].reduce((a, b) => a + b, 0)
  const precision = np === 0 ? (ng === 0 ? 1 : 0) : tp / np
  const recall = ng === 0 ? 1 : tp / ng
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  }
}
const bodyText = (article: Article) =>
  article.paragraphs
    .flatMap((p, i) => [...(article.headings ?? []).filter((h) => h.paragraph === i).map((h) => h.text), p])
    .join('\n')
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

const pages = gold.map((g) => ({ ...g, bytes: readFileSync(join(dir, g.file)) }))
const rows = pages.map((page) => {
  const { articles, problems } = readArticles(page.file, page.bytes)
  // The body as the reader sees it: crossheads stand before their paragraphs.
  const ours = articles.map(bodyText).join('\n')
  const { document } = parseHTML(page.bytes.toString('utf8'))
  const base = new Readability(document as unknown as Document).parse()?.textContent ?? ''
  const a = articles[0]
  return {
    file: page.file,
    ours: score(ours, page.articleBody),
    base: score(base, page.articleBody),
    articles: articles.length,
    title: a?.title ?? null,
    date: a?.publishedAt ?? null,
    outlet: a?.source.outlet ?? null,
    problems: problems.map((p) => p.reason),
  }
})
const line = (name: string, s: { precision: number; recall: number; f1: number }[]) =>
  `${name.padEnd(22)} P ${mean(s.map((x) => x.precision)).toFixed(3)}  R ${mean(s.map((x) => x.recall)).toFixed(3)}  F1 ${mean(s.map((x) => x.f1)).toFixed(3)}`
console.log(`${rows.length} pages (means over pages)`)
console.log(
  line(
    'dateline',
    rows.map((r) => r.ours),
  ),
)
console.log(
  line(
    'Readability.js alone',
    rows.map((r) => r.base),
  ),
)
console.log(
  `one article each: ${rows.filter((r) => r.articles === 1).length}/${rows.length}, with headline: ${rows.filter((r) => r.title).length}, date: ${rows.filter((r) => r.date).length}, outlet: ${rows.filter((r) => r.outlet).length}`,
)
for (const r of [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, show))
  console.log(
    `${r.ours.f1.toFixed(3)} P ${r.ours.precision.toFixed(3)} R ${r.ours.recall.toFixed(3)} base ${r.base.f1.toFixed(3)} ${r.file} ${r.problems.join('; ')} | ${r.title} | ${r.date} | ${r.outlet}`,
  )

// Speed, best of five rounds (the machine is shared): the page reader alone, then the whole pipeline.
const rounds = 5
const markup = pages.map((page) => page.bytes.toString('utf8'))
const perPage: number[][] = markup.map(() => [])
const readerTimes: number[] = []
// CPU time too: on a shared machine the wall clock also counts the other processes' turns.
const cpu = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}
const readerCpu: number[] = []
for (let round = 0; round < rounds; round++) {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  markup.forEach((html, i) => {
    const t = performance.now()
    readPage(html)
    perPage[i]!.push(performance.now() - t)
  })
  readerTimes.push((performance.now() - start) / 1000)
  readerCpu.push(cpu(cpuStart))
}
const fastest = perPage.map((times) => Math.min(...times)).sort((a, b) => a - b)
const times: number[] = []
const pipelineCpu: number[] = []
for (let round = 0; round < rounds; round++) {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  for (const page of pages) readArticles(page.file, page.bytes)
  times.push((performance.now() - start) / 1000)
  pipelineCpu.push(cpu(cpuStart))
}
const rate = (t: number[]) => (pages.length / Math.min(...t)).toFixed(0)
const runs = (t: number[]) => t.map((x) => (pages.length / x).toFixed(0)).join(', ')
const kb = markup.reduce((sum, html) => sum + html.length, 0) / pages.length / 1000
console.log(
  `page reader: ${rate(readerTimes)} pages/s (runs ${runs(readerTimes)}; ${rate(readerCpu)} per CPU second); median page ${fastest[fastest.length >> 1]!.toFixed(1)} ms, slowest ${fastest.at(-1)!.toFixed(1)} ms; pages average ${kb.toFixed(0)} K characters`,
)
console.log(
  `whole pipeline: ${rate(times)} pages/s (best of ${rounds}; runs ${runs(times)}; ${rate(pipelineCpu)} per CPU second)`,
)
