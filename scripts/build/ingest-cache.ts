/**
 * The content cache: what reading one input file gave, keyed by the file's name and bytes and the
 * pipeline's version, so an unchanged file is not parsed again. Entries no run used are removed.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { readArticles } from '../../src/pipeline/read-articles.ts'
import { cacheDir, hashOf, pipelineVersion } from './fingerprint.ts'

type ReadResult = ReturnType<typeof readArticles>

export interface IngestCache {
  read(file: string, bytes: Buffer): Promise<ReadResult | null>
  write(file: string, bytes: Buffer, result: ReadResult): Promise<void>
  /** Removes the entries this run did not use, and the folders of other pipeline versions. */
  prune(): Promise<void>
}

export async function openIngestCache(): Promise<IngestCache> {
  const root = join(cacheDir(), 'ingest')
  const version = await pipelineVersion()
  const dir = join(root, version)
  await mkdir(dir, { recursive: true })
  const used = new Set<string>()
  const entry = (file: string, bytes: Buffer) => {
    const key = `${hashOf(file, bytes)}.json`
    used.add(key)
    return join(dir, key)
  }
  return {
    async read(file, bytes) {
      const text = await readFile(entry(file, bytes), 'utf8').catch(() => null)
      return text === null ? null : (JSON.parse(text) as ReadResult)
    },
    async write(file, bytes, result) {
      await writeFile(entry(file, bytes), JSON.stringify(result))
    },
    async prune() {
      const versions = await readdir(root)
      await Promise.all(
        versions.filter((v) => v !== version).map((v) => rm(join(root, v), { recursive: true })),
      )
      const keys = await readdir(dir)
      await Promise.all(keys.filter((k) => !used.has(k)).map((k) => rm(join(dir, k), { force: true })))
    },
  }
}
