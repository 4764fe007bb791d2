/**
 * Writing a build's files so that the steps after it see only what changed: a file whose bytes are already
 * there is left alone (its compressed copies stay valid), and files a build no longer makes are removed.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { cacheDir, hashOf } from './fingerprint.ts'

/** What the last run wrote at each path: the hash of its bytes, and the size and time the file then had. */
type Record = { [path: string]: [hash: string, size: number, mtimeMs: number] }

/**
 * Writes each file whose bytes differ, a batch at a time (a large archive never runs out of file handles).
 * With a `record` name, the hashes of what the last run wrote stand in for reading the files back: a file
 * whose hash is unchanged and which still has the size and time it was left with is not read at all.
 * Returns how many files were written.
 */
export async function writeChanged(files: [string, string][], record?: string): Promise<number> {
  const recordFile = record && join(cacheDir(), 'written', `${hashOf(resolve(record))}.json`)
  const last = recordFile ? (JSON.parse(await readFile(recordFile, 'utf8').catch(() => '{}')) as Record) : {}
  const next: Record = {}
  await Promise.all(
    [...new Set(files.map(([file]) => dirname(file)))].map((d) => mkdir(d, { recursive: true })),
  )
  let written = 0
  const write = async (path: string, text: string) => {
    const hash = recordFile ? hashOf(text) : ''
    const seen = last[path]
    if (seen && seen[0] === hash) {
      const info = await stat(path).catch(() => null)
      if (info && info.size === seen[1] && info.mtimeMs === seen[2]) {
        next[path] = seen
        return
      }
    } else if (!recordFile && (await readFile(path, 'utf8').catch(() => null)) === text) return
    await writeFile(path, text)
    written++
    if (recordFile) {
      const info = await stat(path)
      next[path] = [hash, info.size, info.mtimeMs]
    }
  }
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([path, text]) => write(path, text)))
  }
  if (recordFile) {
    await mkdir(dirname(recordFile), { recursive: true })
    await writeFile(recordFile, JSON.stringify(next))
  }
  return written
}

/** Removes the files under `dirs` that are not in `keep`, with their compressed copies. */
export async function removeOthers(dirs: string[], keep: ReadonlySet<string>): Promise<void> {
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
    const stale = entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => !keep.has(file.replace(/\.(br|gz)$/, '')))
    await Promise.all(stale.map((file) => rm(file, { force: true })))
  }
}
