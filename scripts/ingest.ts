/**
 * The ingest command (README "The ingest command"): reads raw news text, saved pages and feeds (files or folders) and prints article
 * JSON (`--json`) or writes the app's data files (`--out DIR`). Problems are one line each on stderr.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../src/lib/article.ts'
import { readArticles, type IngestProblem } from '../src/pipeline/read-articles.ts'
import { toUniqueSlugs } from '../src/lib/slug.ts'
import { isInputFile } from '../src/pipeline/input-kind.ts'
import { openIngestCache } from './build/ingest-cache.ts'
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
  let parsed = 0
  for (const file of files) {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      problems.push({ file, line: 1, reason: `cannot read: ${error.code ?? error.message}` })
      return null
    })
    if (bytes) {
      let result = await cache?.read(file, bytes)
      if (!result) {
        result = readArticles(file, bytes)
        parsed++
        await cache?.write(file, bytes, result)
      }
      articles.push(...result.articles)
      problems.push(...result.problems)
    }
    progress.tick()
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

process.exitCode = await main(process.argv.slice(2))
