import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { syncFolder } from '../../scripts/build/sync-folder.ts'
import { compressTree } from '../../scripts/compress.ts'
import { createSiteHandler } from '../../scripts/site-handler.ts'

// A built site in miniature: a story's page and data file, the feed's first page, the app's code, and a
// compressed copy an earlier build left beside a page (the build compresses the site's folders but a story's
// pages, which go whole when the app or the renderer changes, and the data files, which `syncFolder` keeps).
const page = `<!doctype html><html><head><title>A story</title></head><body>${'<p>Karachi, Tuesday.</p>'.repeat(200)}</body></html>`
const files: Record<string, string> = {
  'index.html': page.replace('A story', 'Dateline'),
  '404.html': page.replace('A story', 'Page not found'),
  'articles/a-story.html': page,
  'articles/a-story/quotes/1.html': page.replace('A story', 'A quote'),
  'data/articles/a-story.json': JSON.stringify({ paragraphs: Array(200).fill('Karachi, Tuesday.') }),
  'data/feed/page-1.json': JSON.stringify({ articles: Array(200).fill({ title: 'A story' }) }),
  'assets/app-1a2b3c.js': 'export const story = "Karachi";\n'.repeat(200),
  'index.html.br': 'an old copy',
  'gone.html.gz': 'an old copy',
}
let dir: string
let server: Server
let origin: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-site-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  await compressTree(dir)
  server = createServer(createSiteHandler(dir))
  await new Promise<void>((done) => server.listen(0, done))
  origin = `http://localhost:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.close()
  rmSync(dir, { recursive: true, force: true })
})

const get = async (path: string, encoding: string) => {
  const response = await fetch(origin + path, { headers: { 'Accept-Encoding': encoding } })
  // fetch decodes what it is sent; the raw bytes are what the encoding header describes.
  return { response, text: await response.text() }
}

test('the build compresses the files every reader fetches, and neither a story’s pages nor its data files', () => {
  expect(existsSync(join(dir, 'assets/app-1a2b3c.js.br'))).toBe(true)
  expect(existsSync(join(dir, 'data/feed/page-1.json.gz'))).toBe(true)
  for (const file of ['articles/a-story.html', 'index.html', 'data/articles/a-story.json'])
    for (const ext of ['.br', '.gz']) expect(existsSync(join(dir, file + ext)), file + ext).toBe(false)
  // A copy left by an earlier build is never sent for a page written since, nor for a page that is gone.
  expect(existsSync(join(dir, 'gone.html.gz'))).toBe(false)
})

test('a story’s page and data file are sent compressed as the browser asks, and whole to one that asks for neither', async () => {
  for (const [path, file] of [
    ['/articles/a-story', 'articles/a-story.html'],
    ['/articles/a-story/quotes/1', 'articles/a-story/quotes/1.html'],
    ['/data/articles/a-story.json', 'data/articles/a-story.json'],
  ] as const) {
    for (const encoding of ['br', 'gzip']) {
      const { response, text } = await get(path, encoding)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-encoding'), `${path} ${encoding}`).toBe(encoding)
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i)
      expect(text).toBe(files[file])
    }
    const { response, text } = await get(path, 'identity')
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(text).toBe(files[file])
  }
})

test('what the build compressed is sent as it was compressed; the not-found page is compressed too', async () => {
  const raw = await fetch(`${origin}/assets/app-1a2b3c.js`, { headers: { 'Accept-Encoding': 'br' } })
  expect(raw.headers.get('content-encoding')).toBe('br')
  expect(raw.headers.get('cache-control')).toMatch(/immutable/)
  const sent = readFileSync(join(dir, 'assets/app-1a2b3c.js.br'))
  expect(brotliDecompressSync(sent).toString()).toBe(files['assets/app-1a2b3c.js'])
  expect(Number(raw.headers.get('content-length'))).toBe(sent.length)

  const feed = readFileSync(join(dir, 'data/feed/page-1.json.gz'))
  expect(gunzipSync(feed).toString()).toBe(files['data/feed/page-1.json'])
  const { response: feedResponse, text: feedText } = await get('/data/feed/page-1.json', 'gzip')
  expect(feedResponse.headers.get('content-encoding')).toBe('gzip')
  expect(Number(feedResponse.headers.get('content-length'))).toBe(feed.length)
  expect(feedText).toBe(files['data/feed/page-1.json'])

  const { response, text } = await get('/no/such/page', 'br')
  expect(response.status).toBe(404)
  expect(response.headers.get('content-encoding')).toBe('br')
  expect(text).toBe(files['404.html'])
})

test('copying the data files into the build leaves no compressed copy beside a story’s data file, even one a stopped copy left', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-sync-'))
  const [from, to] = [join(root, 'data'), join(root, 'dist-data')]
  for (const folder of [from, to]) mkdirSync(join(folder, 'articles'), { recursive: true })
  const story = join('articles', 'a-story.json')
  writeFileSync(join(from, story), '{"title":"A story, corrected"}')
  // A copy stopped after its new bytes were in, with the source's time, but before its old copies went.
  writeFileSync(join(to, story), '{"title":"A story, corrected"}')
  const { atime, mtime } = statSync(join(from, story))
  utimesSync(join(to, story), atime, mtime)
  for (const ext of ['.br', '.gz']) writeFileSync(join(to, story + ext), 'the story before it was corrected')
  const { copied, toCompress } = await syncFolder(from, to)
  expect(copied).toBe(0)
  expect(toCompress).toEqual([])
  for (const ext of ['.br', '.gz']) expect(existsSync(join(to, story + ext)), ext).toBe(false)
  rmSync(root, { recursive: true, force: true })
})
