/** Content hashes that tell a build what changed since the last one. */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The cache folder of incremental builds; `DATELINE_CACHE` moves it (tests, benchmarks). */
export const cacheDir = () => process.env.DATELINE_CACHE ?? join('node_modules', '.cache', 'dateline')

export const hashOf = (...parts: (string | Buffer)[]): string => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 32)
}

/** Every file under the given files or folders, in name order, skipping the folders named in `skip`. */
async function listFiles(paths: string[], skip: string[]): Promise<string[]> {
  const found = await Promise.all(
    paths.map(async (path) => {
      const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => null)
      if (!entries) return [path]
      return entries
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .filter((file) => !skip.some((folder) => file.startsWith(folder)))
    }),
  )
  return found.flat().sort()
}

/** One hash of the names and bytes of every file under `paths`: it changes when any of them does. */
export async function fingerprint(paths: string[], skip: string[] = []): Promise<string> {
  const files = await listFiles(paths, skip)
  const contents = await Promise.all(files.map((file) => readFile(file).catch(() => Buffer.alloc(0))))
  return hashOf(...files.flatMap((file, i) => [file, contents[i]!]))
}

/** What the content pipeline's output depends on besides its input: its code, its data and its packages. */
export const pipelineVersion = () =>
  fingerprint([
    'src/pipeline',
    'src/lib',
    'scripts/ingest.ts',
    'scripts/write-data.ts',
    'scripts/build/ingest-cache.ts',
    'package-lock.json',
  ])
