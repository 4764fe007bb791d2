/**
 * The ingest command (README "The ingest command"): reads raw news text, saved pages and feeds (files or folders) and prints article
 * JSON (`--json`) or writes the app's data files (`--out DIR`). Problems are one line each on stderr.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'
import type { Article } from '../src/lib/article.ts'
import { readArticles, type IngestProblem } from '../src/pipeline/read-articles.ts'
import { toUniqueSlugs } from '../src/lib/slug.ts'
import { isInputFile } from '../src/pipeline/input-kind.ts'
import { openIngestCache } from './build/ingest-cache.ts'
import { runPool, serveBatches, usePool } from './build/pool.ts'
import { startProgress } from './build/progress.ts'
import { writeData } from './write-data.ts'

const USAGE = 'usage: ingest [--keep-going] (--json | --out DIR) PATH...'

async function main(args: string[]): Promise<number> {
  // --keep-going (what `npm run build` uses): rejected inputs are listed, and only a run that read nothing fails.
  const keepGoing = args[0] === '--keep-going'
  const argv = keepGoing ? args.slice(1) : args
  const mode = argv[0]
  const outDir = mode === '--out' ? argv[1] : undefined
  const paths = mode === '--json' ? argv.slice(1) : argv.slice(2)
  if ((mode !== '--json' && mode !== '--out') || (mode === '--out' && !outDir) || paths.length === 0) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const problems: IngestProblem[] = []
  const files = (await Promise.all(paths.map((path) => listTextFiles(path, problems)))).flat()
  const articles: Article[] = []
  // Only writing data files uses the cache: a file read for its JSON is read afresh.
  const cache = outDir ? await openIngestCache() : null
  const progress = startProgress('reading', files.length, 'files')
  // First what the cache has, then the rest read, on a pool of workers when there are many.
  const inputs: { file: string; bytes: Buffer | null; result: ReadResult | null }[] = []
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64).map(async (file) => {
      const load = () =>
        readFile(file).catch((error: NodeJS.ErrnoException) => {
          problems.push({ file, line: 1, reason: `cannot read: ${error.code ?? error.message}` })
          return null
        })
      const { bytes, result } = cache ? await cache.read(file, load) : { bytes: await load(), result: null }
      if (result || !bytes) progress.tick()
      return { file, bytes, result }
    })
    inputs.push(...(await Promise.all(batch)))
  }
  const unread = inputs.filter((input) => input.bytes && !input.result)
  const onDone = (count: number) => {
    for (let i = 0; i < count; i++) progress.tick()
  }
  const results = usePool(unread.length, 200)
    ? await runPool<string, ReadResult>(
        process.argv[1]!,
        null,
        unread.map((input) => input.file),
        { batch: 8, onDone },
      )
    : unread.map((input) => {
        const result = readArticles(input.file, input.bytes!)
        onDone(1)
        return result
      })
  const parsed = unread.length
  unread.forEach((input, i) => (input.result = results[i]!))
  for (let i = 0; i < unread.length; i += 64) {
    await Promise.all(
      unread.slice(i, i + 64).map((input) => cache?.write(input.file, input.bytes!, input.result!)),
    )
  }
  for (const { result } of inputs) {
    if (!result) continue
    articles.push(...result.articles)
    problems.push(...result.problems)
  }
  progress.stop()
  await cache?.prune()
  const slugs = toUniqueSlugs(articles.map((article) => article.slug))
  const unique = articles.map((article, i) => ({ ...article, slug: slugs[i]! }))
  for (const { file, line, reason, warning } of problems)
    process.stderr.write(`${file}:${line}: ${warning ? 'warning: ' : ''}${reason}\n`)
  const rejected = new Set(problems.filter((p) => !p.warning).map((p) => p.file)).size

  if (outDir) {
    await writeData(outDir, unique)
    const warnings = problems.filter((p) => p.warning).length
    process.stdout.write(
      `ingest: ${files.length} file(s) (${parsed} read anew), ${unique.length} article(s) written to ${outDir}` +
        (rejected ? `, ${rejected} file(s) rejected` : '') +
        (warnings ? `, ${warnings} warning(s)` : '') +
        '\n',
    )
  } else {
    process.stdout.write(`${JSON.stringify(unique, null, 2)}\n`)
  }
  if (keepGoing) return unique.length > 0 ? 0 : 1
  return rejected > 0 || problems.some((p) => !p.warning) ? 1 : 0
}

/**
 * A path as given, or the inputs under a folder in name order (so runs are deterministic): `.txt` text,
 * saved pages (`.html`, `.htm`, `.html.gz`) and feeds (`.xml`, `.rss`, `.atom`, `.json`).
 */
async function listTextFiles(path: string, problems: IngestProblem[]): Promise<string[]> {
  const info = await stat(path).catch(() => null)
  if (!info) {
    problems.push({ file: path, line: 1, reason: 'no such file or folder' })
    return []
  }
  if (!info.isDirectory()) return [path]
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && isInputFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

type ReadResult = ReturnType<typeof readArticles>

if (isMainThread) process.exitCode = await main(process.argv.slice(2))
// A worker of the pool: reads the files it is handed.
else serveBatches(async (file: string) => readArticles(file, await readFile(file)))
