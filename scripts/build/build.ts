/**
 * `npm run build`: the content, the app and the prerendered pages, each redone only where its inputs
 * changed. The content cache skips unchanged input files; the app's two Vite builds are skipped when its
 * code, config and lock file are unchanged (the data files are then copied into the build, the changed ones
 * only); the prerenderer keeps the pages of unchanged stories. A clone with no cache builds everything.
 */
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fingerprint } from './fingerprint.ts'
import { compressFiles, syncFolder } from './sync-folder.ts'
import { readRecord } from './write-changed.ts'

const DIST = process.env.DATELINE_DIST ?? 'dist'
// The server-side build: `dist-ssr` beside the default build; for a build elsewhere, one of its own inside
// the project (its imports resolve from the project's node_modules), so builds never share one.
const SSR_ELSEWHERE = join('node_modules', '.cache', 'dateline-ssr')
const SSR =
  DIST === 'dist'
    ? 'dist-ssr'
    : join(SSR_ELSEWHERE, createHash('sha256').update(resolve(DIST)).digest('hex').slice(0, 16))
// Where ingest writes the data files (`npm run dev` serves them from public/); benchmarks move it.
const DATA = process.env.DATELINE_DATA ?? join('public', 'data')
const content = (process.env.DATELINE_CONTENT ?? 'content').split(/\s+/).filter(Boolean)
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
/** Runs a command beside the build's own work; resolves when it has ended well. */
const start = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  new Promise<void>((done, fail) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', fail)
    child.on('exit', (code, signal) =>
      code === 0
        ? done()
        : fail(new Error(`${[command, ...args].join(' ')} stopped (${signal ?? `exit ${code}`})`)),
    )
  })
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`

let step = performance.now()
// The app's fingerprint is taken while ingest runs (on the other core): it reads none of the data files.
const node = ['--max-semi-space-size=32', 'scripts/run.mjs', 'scripts/ingest.ts']
const ingest = start('node', [...node, '--keep-going', '--out', DATA, ...content])
const app = fingerprint(
  [
    'index.html',
    'src',
    'public',
    'vite.config.ts',
    join('scripts', 'vite'),
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.app.json',
  ],
  [join('public', 'data'), DATA],
)
const [, appVersion] = await Promise.all([ingest, app])
console.log(`content: ${seconds(step)}`)

step = performance.now()
// Each build records the version it was made from.
const versionFiles = [join(DIST, '.vite', 'app-version'), join(SSR, 'app-version')]
const built = await Promise.all(versionFiles.map((file) => readFile(file, 'utf8').catch(() => null)))
const kept = built.every((version) => version === appVersion)
if (!kept) {
  // A production build whatever the caller's NODE_ENV (a test runner sets it to "test").
  const production = { NODE_ENV: 'production' }
  run('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir'], production)
  const ssr = ['build', '--ssr', 'src/app/prerender-entry.tsx', '--outDir', SSR, '--emptyOutDir']
  run('npx', ['vite', ...ssr], production)
  await mkdir(join(DIST, '.vite'), { recursive: true })
  await Promise.all(versionFiles.map((file) => writeFile(file, appVersion)))
  if (SSR !== 'dist-ssr') await writeFile(join(SSR, 'built-for'), resolve(DIST))
}
// The server-side builds of builds elsewhere (tests', benchmarks') go once the build they were for is gone.
await pruneServerBuilds(SSR_ELSEWHERE)

async function pruneServerBuilds(root: string) {
  const folders = await readdir(root).catch(() => [])
  await Promise.all(
    folders.map(async (folder) => {
      const target = await readFile(join(root, folder, 'built-for'), 'utf8').catch(() => null)
      if (target !== null && !existsSync(target))
        await rm(join(root, folder), { recursive: true, force: true })
    }),
  )
}
// Vite copies public/data into a fresh build; a kept build gets the data files that changed. Ingest's record
// of what it wrote says which those are; the prerenderer reads the record of the copy for the stories' data
// files instead of looking at each, and the copies are compressed while it runs.
const dataRecord = join(DIST, '.vite', 'data.json')
const { copied, toCompress } = await syncFolder(DATA, join(DIST, 'data'), await readRecord(DATA), dataRecord)
console.log(
  `app: ${kept ? 'unchanged, build kept' : 'built'}; ${copied} data file(s) copied; ${seconds(step)}`,
)

// Bundled like ingest: under a loader, every page's `import()` of its route module is a round trip to
// the loader's thread.
step = performance.now()
const [, compressed] = await Promise.all([
  start('node', ['scripts/run.mjs', join('scripts', 'prerender.ts')], {
    NODE_ENV: 'production',
    DATELINE_DIST: DIST,
    DATELINE_SSR: SSR,
    DATELINE_DATA_RECORD: dataRecord,
  }),
  compressFiles(toCompress),
])
console.log(`data: ${compressed} file(s) compressed while prerendering; ${seconds(step)}`)
