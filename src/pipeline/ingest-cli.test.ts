import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test, vi } from 'vitest'
import type { Article } from '../lib/article.ts'

const run = promisify(execFile)
// Each test starts the real command (TypeScript compile and gazetteer load included).
vi.setConfig({ testTimeout: 60_000 })
const GOOD =
  'Floods cut off villages in Swat valley\n- Roads washed away\nPESHAWAR: Floods cut off dozens of villages.\n'

/** Runs the real ingest command; resolves with its exit code, stdout and stderr whatever the code. */
async function ingest(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['scripts/run.mjs', 'scripts/ingest.ts', ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

test('each broken input is one line naming file and line, and the good files still come through', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'))
  const file = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content)
    return join(dir, name)
  }
  const good = file('good.txt', GOOD)
  const empty = file('empty.txt', '')
  const blank = file('blank.txt', '\n   \n\r\n')
  const binary = file(
    'binary.txt',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
  )
  const headlineOnly = file('headline-only.txt', 'Just a headline with nothing under it\n')
  const bodyOnly = file(
    'body-only.txt',
    'QUETTA: Rescue teams reached three villages cut off by snow on Sunday, officials said. Roads stay shut.\n',
  )
  // "Café owners say “prices” rose." in Windows-1252, with a headline line.
  const latin1 = file(
    'latin1.txt',
    Uint8Array.from([
      ...Buffer.from('Prices rise in old town\nLAHORE: Caf'),
      0xe9,
      ...Buffer.from(' owners say '),
      0x93,
      ...Buffer.from('prices'),
      0x94,
      ...Buffer.from(' rose.\n'),
    ]),
  )

  const { code, stdout, stderr } = await ingest(
    '--json',
    good,
    empty,
    blank,
    binary,
    headlineOnly,
    bodyOnly,
    latin1,
  )

  expect(code).toBe(1)
  expect(stderr.trim().split('\n').sort()).toEqual(
    [
      `${binary}:1: binary content, not text`,
      `${blank}:1: no text, only blank lines`,
      `${empty}:1: empty file`,
      `${headlineOnly}:1: warning: headline with no body text`,
      `${bodyOnly}:1: warning: text with no headline, titled by its first sentence`,
    ].sort(),
  )
  const articles = JSON.parse(stdout) as Article[]
  expect(articles.map((a) => [a.title, a.source.file])).toEqual([
    ['Floods cut off villages in Swat valley', good],
    ['Just a headline with nothing under it', headlineOnly],
    ['Rescue teams reached three villages cut off by snow on Sunday, officials said', bodyOnly],
    ['Prices rise in old town', latin1],
  ])
  expect(articles[3]!.paragraphs[0]).toBe('Café owners say “prices” rose.')
})

test('warnings alone leave the exit status 0, and --keep-going fails only when nothing could be read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'))
  writeFileSync(join(dir, 'body-only.txt'), 'KARACHI: The port reopened on Monday after a two-day strike.\n')
  const warned = await ingest('--json', join(dir, 'body-only.txt'))
  expect(warned.code).toBe(0)
  expect(warned.stderr).toMatch(/body-only\.txt:1: warning: /)

  writeFileSync(join(dir, 'empty.txt'), '')
  const out = join(dir, 'out')
  const some = await ingest('--keep-going', '--out', out, dir)
  expect(some.code).toBe(0)
  expect(some.stderr).toMatch(/empty\.txt:1: empty file/)
  expect(some.stdout).toMatch(/1 article\(s\) written .*1 file\(s\) rejected/)
  const none = await ingest('--keep-going', '--out', out, join(dir, 'empty.txt'))
  expect(none.code).toBe(1)
})

test('a usage error exits 2 with the usage line', async () => {
  const { code, stderr } = await ingest('--yaml', 'content')
  expect(code).toBe(2)
  expect(stderr).toMatch(/^usage: ingest/)
})

test('the same input gives the same output, slugs made unique across files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'))
  writeFileSync(join(dir, 'a.txt'), GOOD)
  writeFileSync(join(dir, 'b.txt'), GOOD)
  const first = await ingest('--json', dir)
  const second = await ingest('--json', dir)
  expect(first.code).toBe(0)
  expect(first.stdout).toBe(second.stdout)
  const slugs = (JSON.parse(first.stdout) as Article[]).map((a) => a.slug)
  expect(slugs).toEqual([
    'floods-cut-off-villages-in-swat-valley',
    'floods-cut-off-villages-in-swat-valley-2',
  ])
})

test('a folder mixing text, saved pages and feeds is read whole; a page with no article is one line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-mixed-'))
  const paragraph =
    '<p>PESHAWAR: Floods cut off dozens of villages in the Swat valley on Monday, officials said, as rivers rose.</p>'
  writeFileSync(join(dir, 'a.txt'), GOOD)
  writeFileSync(
    join(dir, 'b.html'),
    `<html><head><title>Bridge reopens in Swat</title></head><body><article>${[1, 2, 3].map((n) => paragraph.replace('Monday', `day ${n}`)).join('')}</article></body></html>`,
  )
  writeFileSync(
    join(dir, 'c.rss'),
    `<rss version="2.0"><channel><title>Valley News</title><item><title>Schools shut for a week</title><description>Schools in the valley will stay shut for a week.</description></item></channel></rss>`,
  )
  writeFileSync(
    join(dir, 'd.html'),
    '<html><head><title>Log in</title></head><body><form><input name="user"></form></body></html>',
  )
  writeFileSync(join(dir, 'notes.md'), 'not an input')
  const { code, stdout, stderr } = await ingest('--json', dir)
  expect(code).toBe(1)
  expect(stderr).toMatch(new RegExp(`^${join(dir, 'd.html')}:1: no article found \\(.+\\)\\n$`))
  const articles = JSON.parse(stdout) as Article[]
  expect(articles.map((a) => a.title)).toEqual([
    'Floods cut off villages in Swat valley',
    'Bridge reopens in Swat',
    'Schools shut for a week',
  ])
})
