/**
 * Measures `npm run build` on a generated archive of N stories (default 10,000): a cold build (no cache, no
 * build), then one story added, one story's body corrected and one story retitled, each incremental as a share of the cold build; the
 * prerender rate of the cold build; the peak memory of each build (the largest process, by /usr/bin/time).
 * Usage: tsx scripts/bench/build.ts [N]. Writes into .bench/build/ only, and the numbers to
 * .bench/build.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { storyFile, toStoryText, writeCorpus } from './corpus.ts'

const count = Number(process.argv[2] ?? 10_000)
const root = join('.bench', 'build')
const corpus = join(root, 'corpus')
const env = {
  ...process.env,
  DATELINE_CONTENT: corpus,
  DATELINE_DIST: join(root, 'site'),
  DATELINE_DATA: join(root, 'data'),
  DATELINE_CACHE: join(root, 'cache'),
}
const timed = existsSync('/usr/bin/time')

function build(label: string) {
  const started = performance.now()
  const command = timed ? '/usr/bin/time' : process.execPath
  const script = ['--import', 'tsx', join('scripts', 'build', 'build.ts')]
  const args = timed ? ['-f', 'peak-kb %M', process.execPath, ...script] : script
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 1 << 28 })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stderr}`)
  const peak = Number(/peak-kb (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024
  const rendered = /prerender: (\d+) pages in ([\d.]+) s/.exec(result.stdout)
  const pagesPerSecond = rendered ? Number(rendered[1]) / Number(rendered[2]) : NaN
  return { label, seconds, peakMB: Math.round(peak), pagesPerSecond: Math.round(pagesPerSecond) }
}

rmSync(root, { recursive: true, force: true })
writeCorpus(corpus, count)
console.log(
  `${count} stories; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
)
const cold = build('cold')
writeFileSync(storyFile(corpus, count), toStoryText(count))
const added = build('+1 story')
// A correction in the body: the usual edit, which leaves the story's headline, and so its links, as they were.
writeFileSync(storyFile(corpus, 7), toStoryText(7).replace(/\.\n/, ', the desk corrected.\n'))
const edited = build('1 edited')
// A new headline renames the story: every page that lists it (feed pages, related stories) changes too.
writeFileSync(storyFile(corpus, 8), toStoryText(8).replace('regional desk', 'regional desk, corrected'))
const retitled = build('1 retitled')
for (const run of [cold, added, edited, retitled]) {
  const share = run === cold ? '' : `  ${((run.seconds / cold.seconds) * 100).toFixed(1)} % of cold`
  console.log(`${run.label.padEnd(11)} ${run.seconds.toFixed(2)} s  peak ${run.peakMB} MB${share}`)
}
console.log(`prerender (cold) ${cold.pagesPerSecond} pages/s`)
console.log(
  `load average after ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
)
mkdirSync('.bench', { recursive: true })
writeFileSync(join('.bench', 'build.json'), JSON.stringify({ count, cold, added, edited, retitled }, null, 2))
