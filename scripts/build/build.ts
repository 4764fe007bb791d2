/**
 * `npm run build`: the content, the app and the prerendered pages, each redone only where its inputs
 * changed. The content cache skips unchanged input files; the app's two Vite builds are skipped when its
 * code, config and lock file are unchanged (the data files are then copied into the build, the changed ones
 * only); the prerenderer keeps the pages of unchanged stories. A clone with no cache builds everything.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fingerprint } from './fingerprint.ts'
import { syncFolder } from './sync-folder.ts'

const DIST = process.env.DATELINE_DIST ?? 'dist'
const content = (process.env.DATELINE_CONTENT ?? 'content').split(/\s+/).filter(Boolean)
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`

let step = performance.now()
const node = ['--max-semi-space-size=32', 'scripts/run.mjs', 'scripts/ingest.ts']
run('node', [...node, '--keep-going', '--out', join('public', 'data'), ...content])
console.log(`content: ${seconds(step)}`)

step = performance.now()
const appVersion = await fingerprint(
  [
    'index.html',
    'src',
    'public',
    'vite.config.ts',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.app.json',
  ],
  [join('public', 'data')],
)
// Each build records the version it was made from; the SSR build is shared by every DATELINE_DIST.
const versionFiles = [join(DIST, '.vite', 'app-version'), join('dist-ssr', 'app-version')]
const built = await Promise.all(versionFiles.map((file) => readFile(file, 'utf8').catch(() => null)))
if (built.every((version) => version === appVersion)) {
  const copied = await syncFolder(join('public', 'data'), join(DIST, 'data'))
  console.log(`app: unchanged, build kept; ${copied} data file(s) copied in ${seconds(step)}`)
} else {
  run('npx', ['vite', 'build', '--outDir', DIST])
  run('npx', ['vite', 'build', '--ssr', 'src/app/prerender-entry.tsx', '--outDir', 'dist-ssr'])
  await mkdir(join(DIST, '.vite'), { recursive: true })
  await Promise.all(versionFiles.map((file) => writeFile(file, appVersion)))
  console.log(`app: built in ${seconds(step)}`)
}

run('npx', ['tsx', join('scripts', 'prerender.ts')], { NODE_ENV: 'production', DATELINE_DIST: DIST })
