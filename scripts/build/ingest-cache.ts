/**
 * The content cache: what reading one input file gave, keyed by the file's name and bytes and the
 * pipeline's version, so an unchanged file is not parsed again. Entries no run used are removed.
 * A record of each input's size, times and inode, with the key its bytes gave, lets a file that has not been
 * touched since skip being read at all; a file touched in the two seconds before the run read it is not
 * recorded (a later write in the same clock tick could leave its times as they were), and whenever the
 * record does not match, the bytes decide.
 */
import type { Stats } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { readArticles } from '../../src/pipeline/read-articles.ts'
import { cacheDir, hashOf, pipelineVersion } from './fingerprint.ts'
import { parseRecord, writeAtomic } from './write-atomic.ts'

type ReadResult = ReturnType<typeof readArticles>
type InputRecord = {
  [file: string]: [size: number, mtimeMs: number, ctimeMs: number, ino: number, key: string]
}

export interface IngestCache {
  /**
   * What the cache has for `file`, and its bytes when they had to be read (`load` reads them, or gives null
   * when it cannot): `result` is null when the file must be read anew.
   */
  read(
    file: string,
    load: () => Promise<Buffer | null>,
  ): Promise<{ bytes: Buffer | null; result: ReadResult | null }>
  write(file: string, bytes: Buffer, result: ReadResult): Promise<void>
  /** Removes the entries this run did not use, and the folders of other pipeline versions; saves the record. */
  prune(): Promise<void>
}

const INPUTS = '_inputs.json'

export async function openIngestCache(): Promise<IngestCache> {
  const root = join(cacheDir(), 'ingest')
  const version = await pipelineVersion()
  const dir = join(root, version)
  await mkdir(dir, { recursive: true })
  const started = Date.now()
  const last = parseRecord<InputRecord>(await readFile(join(dir, INPUTS), 'utf8').catch(() => null), {})
  const next: InputRecord = {}
  const stats = new Map<string, Stats | null>()
  const used = new Set<string>([INPUTS])
  const entry = (key: string) => join(dir, `${key}.json`)
  const readEntry = (key: string) =>
    readFile(entry(key), 'utf8')
      .then((text) => JSON.parse(text) as ReadResult)
      .catch(() => null)
  const keep = (file: string, key: string) => {
    used.add(`${key}.json`)
    const info = stats.get(file)
    if (info && Math.max(info.mtimeMs, info.ctimeMs) < started - 2000)
      next[file] = [info.size, info.mtimeMs, info.ctimeMs, info.ino, key]
  }
  return {
    async read(file, load) {
      const info = await stat(file).catch(() => null)
      stats.set(file, info)
      const seen = last[file]
      if (
        info &&
        seen &&
        info.size === seen[0] &&
        info.mtimeMs === seen[1] &&
        info.ctimeMs === seen[2] &&
        info.ino === seen[3]
      ) {
        const result = await readEntry(seen[4])
        if (result) {
          keep(file, seen[4])
          return { bytes: null, result }
        }
      }
      const bytes = await load()
      if (!bytes) return { bytes, result: null }
      const key = hashOf(file, bytes)
      const result = await readEntry(key)
      if (result) keep(file, key)
      return { bytes, result }
    },
    async write(file, bytes, result) {
      const key = hashOf(file, bytes)
      keep(file, key)
      await writeAtomic(entry(key), JSON.stringify(result))
    },
    async prune() {
      const versions = await readdir(root)
      await Promise.all(
        versions.filter((v) => v !== version).map((v) => rm(join(root, v), { recursive: true })),
      )
      const keys = await readdir(dir)
      await Promise.all(keys.filter((k) => !used.has(k)).map((k) => rm(join(dir, k), { force: true })))
      await writeAtomic(join(dir, INPUTS), JSON.stringify(next))
    },
  }
}
