/**
 * Scores the pipeline against the held-out set in eval/ (articles/*.txt, labels/*.json):
 *   npx tsx scripts/evaluate.ts [--verbose]
 * Prints one row per labelled article (mistakes in detail with --verbose) and the totals, and writes the
 * totals to .bench/eval.json. A report, not a test: it always exits 0.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ArticleScore, PredictedArticle, Totals } from '../eval/score-article.ts'
import { scoreArticle, totalScores } from '../eval/score-article.ts'
import type { GoldFile } from '../eval/score.ts'
import { titleKey } from '../eval/score.ts'

const root = resolve(import.meta.dirname, '..')
const verbose = process.argv.includes('--verbose')
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6)
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n))

type Row = { file: string; score: ArticleScore }

async function main(): Promise<void> {
  const { readArticles } = await import('../src/pipeline/read-articles.ts')
  const dir = join(root, 'eval', 'articles')
  const rows: Row[] = []
  const extra: PredictedArticle[] = []
  const problems: string[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const gold = JSON.parse(
      readFileSync(join(root, 'eval', 'labels', file.replace(/\.txt$/, '.json')), 'utf8'),
    ) as GoldFile
    let predicted: PredictedArticle[] = []
    try {
      const result = readArticles(file, new Uint8Array(readFileSync(join(dir, file))))
      predicted = result.articles
      problems.push(...result.problems.map((e) => `${e.file}:${e.line}: ${e.reason}`))
    } catch (error) {
      problems.push(`${file}: pipeline threw: ${error instanceof Error ? error.message : String(error)}`)
    }
    const byTitle = new Map(predicted.map((a) => [titleKey(a.title), a]))
    const goldTitles = new Set(gold.articles.map((a) => titleKey(a.title)))
    for (const article of gold.articles)
      rows.push({ file, score: scoreArticle(article, byTitle.get(titleKey(article.title))) })
    for (const article of predicted) {
      if (!goldTitles.has(titleKey(article.title))) {
        extra.push(article)
        problems.push(`${file}: unlabelled article "${clip(article.title, 60).trim()}"`)
      }
    }
  }
  const totals = totalScores(
    rows.map((r) => r.score),
    extra,
  )
  printTable(rows)
  if (problems.length > 0) console.log(`\nProblems:\n  ${problems.join('\n  ')}`)
  printTotals(totals)
  mkdirSync(join(root, '.bench'), { recursive: true })
  writeFileSync(
    join(root, '.bench', 'eval.json'),
    `${JSON.stringify({ ...totals, problems: problems.length }, null, 2)}\n`,
  )
  console.log('\nWrote .bench/eval.json')
}

function printTable(rows: Row[]): void {
  console.log(
    `${'file'.padEnd(36)} ${'quotes ok/miss/extra'.padEnd(21)} speaker  countries P/R   focus P/R  dateline`,
  )
  for (const { file, score: s } of rows) {
    const q = s.quotes
    const spk = `${q.matches.filter((m) => m.speakerOk).length}/${q.matches.length}`
    console.log(
      [
        clip(file.replace(/\.txt$/, ''), 36),
        s.found
          ? `${q.matches.length}/${q.missed.length}/${q.spurious.length}`.padEnd(21)
          : 'NOT FOUND'.padEnd(21),
        spk.padEnd(8),
        `${pct(s.countries.precision)} ${pct(s.countries.recall)}`,
        ` ${pct(s.focus.precision)} ${pct(s.focus.recall)}`,
        s.datelineOk ? ' ok' : ' WRONG',
      ].join(' '),
    )
    if (verbose) printMistakes(s)
  }
}

function printMistakes(s: ArticleScore): void {
  const say = (line: string): void => console.log(`      ${line}`)
  if (!s.found) say(`article not found: "${s.title}"`)
  for (const g of s.quotes.missed) say(`missed   p${g.paragraph} "${clip(g.text, 70).trim()}"`)
  for (const p of s.quotes.spurious) {
    const why = s.notQuotesTaken.includes(p) ? ' (title/name/scare quote)' : ''
    say(`spurious p${p.paragraph} "${clip(p.text, 70).trim()}"${why}`)
  }
  for (const m of s.quotes.matches) {
    if (!m.speakerOk)
      say(
        `speaker  p${m.gold.paragraph} got "${m.predicted.speaker?.name ?? 'null'}", want "${m.gold.speaker[0]}"`,
      )
    if (m.predicted.partial !== m.gold.partial)
      say(`partial  p${m.gold.paragraph} got ${m.predicted.partial} "${clip(m.gold.text, 40).trim()}"`)
  }
  const sets = [
    ['countries', s.countries],
    ['focus', s.focus],
  ] as const
  for (const [name, set] of sets) {
    if (set.missing.length > 0) say(`${name} missing ${set.missing.join(' ')}`)
    if (set.extra.length > 0) say(`${name} extra   ${set.extra.join(' ')}`)
  }
  if (s.found && !s.datelineOk) say(`dateline got ${JSON.stringify(s.predictedDateline)}`)
}

function printTotals(t: Totals): void {
  const q = t.quotes
  console.log(`
Articles   ${t.articles.found}/${t.articles.gold} found, ${t.articles.extra} unlabelled
Quotes     P ${pct(q.precision)}  R ${pct(q.recall)}  F1 ${pct(q.f1)}   (${q.matched} matched, ${q.missed} missed, ${q.spurious} spurious; ${t.notQuotesTaken} titles/scare quotes taken)
Speakers   ${pct(t.speakers.accuracy)} of matched quotes (${t.speakers.correct}/${t.speakers.matched})
Partial    ${pct(t.partialFlag.accuracy)} flag agrees (${t.partialFlag.correct}/${t.partialFlag.matched})
Countries  P ${pct(t.countries.precision)}  R ${pct(t.countries.recall)}  F1 ${pct(t.countries.f1)}  (macro over articles)
Focus      P ${pct(t.focusCountries.precision)}  R ${pct(t.focusCountries.recall)}  F1 ${pct(t.focusCountries.f1)}  (dateline + subject countries)
Dateline   ${pct(t.dateline.accuracy)} (${t.dateline.correct}/${t.dateline.total})`)
}

main().catch((error: unknown) => {
  console.error(`evaluate: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 0
})
