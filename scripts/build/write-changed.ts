/**
 * Writing a build's files so that the steps after it see only what changed: a file whose bytes are already
 * there is left alone (its compressed copies stay valid), and files a build no longer makes are removed.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { cacheDir, hashOf } from './fingerprint.ts'
import { parseRecord, writeAtomic } from './write-atomic.ts'

/** What the last run wrote at each path: the hash of its bytes, and the size and time the file then had. */
export type WrittenRecord = { [path: string]: [hash: string, size: number, mtimeMs: number] }

/** Where the record of what was written under `dir` is kept. */
export const recordFileOf = (dir: string) => join(cacheDir(), 'written', `${hashOf(resolve(dir))}.json`)

/** The record of what the last run wrote under `dir`, or null when there is none. */
export const readRecord = async (dir: string): Promise<WrittenRecord | null> =>
  parseRecord<WrittenRecord | null>(await readFile(recordFileOf(dir), 'utf8').catch(() => null), null)

/**
 * Writes each file whose bytes differ, a batch at a time (a large archive never runs out of file handles).
 * With a `record` name, the hashes of what the last run wrote stand in for reading the files back: a file
 * whose hash is unchanged is not read. It is not looked at either when `present` (the files found under the
 * folders it lists, from `removeOthers`) has it, so that an unchanged build of a large archive costs no call
 * per file; a file outside those folders, or any file without `present`, must still have the size and time it
 * was left with. Returns the paths written.
 */
export async function writeChanged(
  files: [string, string][],
  record?: string,
  present?: ReadonlySet<string>,
): Promise<string[]> {
  const recordFile = record && recordFileOf(record)
  const last = recordFile
    ? parseRecord<WrittenRecord>(await readFile(recordFile, 'utf8').catch(() => null), {})
    : {}
  // Until the new record is saved, none stands: a run stopped while writing leaves files the old record
  // does not describe, so the next run must look at each.
  let dropped: Promise<void> | null = null
  const next: WrittenRecord = {}
  const dirs = [...new Set(files.map(([file]) => dirname(file)))]
  await Promise.all(dirs.map((d) => mkdir(d, { recursive: true })))
  const written: string[] = []
  const write = async (path: string, text: string) => {
    const hash = recordFile ? hashOf(text) : ''
    const seen = last[path]
    if (seen && seen[0] === hash) {
      if (present?.has(path)) {
        next[path] = seen
        return
      }
      const info = await stat(path).catch(() => null)
      if (info && info.size === seen[1] && info.mtimeMs === seen[2]) {
        next[path] = seen
        return
      }
    } else if (!recordFile && (await readFile(path, 'utf8').catch(() => null)) === text) return
    if (recordFile) await (dropped ??= rm(recordFile, { force: true }))
    await writeAtomic(path, text)
    written.push(path)
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
    // In the order of `files`, so the record does not depend on the order the writes finished in.
    const ordered: WrittenRecord = {}
    for (const [path] of files) if (next[path]) ordered[path] = next[path]
    await writeAtomic(recordFile, JSON.stringify(ordered))
  }
  return written.sort()
}

/**
 * Removes the files under `dirs` that are not in `keep`, with their compressed copies; returns the files of
 * `keep` found there.
 */
export async function removeOthers(dirs: string[], keep: ReadonlySet<string>): Promise<Set<string>> {
  const found = new Set<string>()
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
    for (const file of files) if (keep.has(file)) found.add(file)
    const stale = files.filter((file) => !keep.has(file.replace(/\.(br|gz)$/, '')))
    await Promise.all(stale.map((file) => rm(file, { force: true })))
  }
  return found
}
