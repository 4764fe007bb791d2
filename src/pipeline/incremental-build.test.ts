import { execFile } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { expect, test, vi } from 'vitest'

const run = promisify(execFile)
// Each build is the real `npm run build` (the Vite builds included, when there is no build to keep).
vi.setConfig({ testTimeout: 240_000 })

/**
 * Runs the build into its own folders under `root/name`; returns what it printed. `workers` is the build's
 * `DATELINE_WORKERS`: 0 for the main thread alone, N for a pool of N even on this small archive.
 */
async function build(root: string, name: string, corpus: string, workers = 0) {
  const env = {
    ...process.env,
    DATELINE_WORKERS: String(workers),
    DATELINE_CONTENT: corpus,
    DATELINE_DIST: join(root, name, 'dist'),
    DATELINE_DATA: join(root, name, 'data'),
    DATELINE_CACHE: join(root, name, 'cache'),
  }
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/build/build.ts'], { env })
  return stdout
}

// The render record (which the server never serves) stamps each story with its data files' times.
const RECORD = join('.vite', 'pages.json')

/** Every file under `dir` (compressed copies included) with its bytes, by path; the render record aside. */
function filesOf(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .filter((e) => relative(dir, join(e.parentPath, e.name)) !== RECORD)
  return new Map(
    entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]),
  )
}

test('a build after stories are added, edited and removed, and data files deleted, gives the same bytes as a cold build on a pool of workers', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-build-'))
  const corpus = join(root, 'corpus')
  cpSync('content', corpus, { recursive: true })
  cpSync(join('e2e', 'content'), corpus, { recursive: true })
  const story = (name: string) => join(corpus, name)
  const added = readFileSync(story('006_forty-quotes-hearing.txt'))
  rmSync(story('006_forty-quotes-hearing.txt'))
  // Inputs an hour old, as in a checkout: the build knows them by their size, times and inode.
  const hourAgo = new Date(Date.now() - 3_600_000)
  for (const name of readdirSync(corpus)) utimesSync(story(name), hourAgo, hourAgo)
  await build(root, 'incremental', corpus)

  // One story added, one edited to have no quotes (its quote pages must go), one removed.
  writeFileSync(story('006_forty-quotes-hearing.txt'), added)
  const edited = readFileSync(story('005_one-quote-bazaar.txt'), 'utf8')
  writeFileSync(story('005_one-quote-bazaar.txt'), edited.replace(/[“”"]/g, ''))
  rmSync(story('002_undated-tea.txt'))
  const again = await build(root, 'incremental', corpus)
  expect(again).toMatch(/app: unchanged, build kept/)
  expect(again).toMatch(/\b(?:[1-9]\d*) stories' pages kept/)

  // A story rewritten to other bytes of the same size and given back its time is still read again (its
  // inode's change time tells); data files removed by hand, from the data folder and from the build, come back.
  const highway = story('001_dated-highway.txt')
  const { atime, mtime } = statSync(highway)
  writeFileSync(highway, readFileSync(highway, 'utf8').replace('oranges', 'apricot'))
  utimesSync(highway, atime, mtime)
  rmSync(join(root, 'incremental', 'data', 'related'), { recursive: true })
  const dist = join(root, 'incremental', 'dist')
  for (const file of ['data/facets/index.json', 'data/feed/page-1.json.gz']) rmSync(join(dist, file))
  // Records cut short (a build stopped while saving them) count as none: the build reads what it must.
  const cache = join(root, 'incremental', 'cache')
  for (const e of readdirSync(cache, { recursive: true, withFileTypes: true }))
    if (e.isFile() && (e.name === '_inputs.json' || e.parentPath.endsWith('written')))
      writeFileSync(join(e.parentPath, e.name), '{"')
  const third = await build(root, 'incremental', corpus)
  expect(third).toMatch(/\(1 read anew\)/)

  // The cold build on a pool of three workers: the output must not depend on the threads that made it.
  const cold = await build(root, 'cold', corpus, 3)
  expect(cold).toMatch(/3 workers/)
  const incremental = filesOf(join(root, 'incremental', 'dist'))
  const coldFiles = filesOf(join(root, 'cold', 'dist'))
  expect([...incremental.keys()].sort()).toEqual([...coldFiles.keys()].sort())
  const differing = [...coldFiles].filter(([file, bytes]) => !incremental.get(file)!.equals(bytes))
  expect(differing.map(([file]) => file)).toEqual([])
  rmSync(root, { recursive: true, force: true })
})
