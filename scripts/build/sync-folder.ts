/** Makes one folder a copy of another, copying only the files that changed and removing the ones gone. */
import { parseRecord, writeAtomic } from './write-atomic.ts'
import { copyFile, mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { isCompressed, isCompressible, writeCompressed } from '../compress.ts'
import type { WrittenRecord } from './write-changed.ts'

/** The files under `dir`, by their path inside it (found without a `relative` per file: an archive has many). */
async function listFiles(dir: string): Promise<string[]> {
  const base = join(dir)
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  const folders = new Map<string, string>()
  const inside = (folder: string) => {
    let path = folders.get(folder)
    if (path === undefined) {
      path = relative(base, join(folder))
      folders.set(folder, path)
    }
    return path
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const folder = inside(e.parentPath)
      return folder ? `${folder}${sep}${e.name}` : e.name
    })
}

// A time set with utimes (seconds as a double) comes back within a millisecond of the one given.
const sameTime = (a: number, b: number) => Math.abs(a - b) < 1

/** The hash of each file of a copy, by its path inside the folder: what the last `syncFolder` left there. */
export type SyncRecord = { [file: string]: string }

/**
 * Copies each file of `from` to `to` unless the copy there has its size and time (a copy is given its
 * source's time, so a file put there by anything else is copied over); removes files of `to` that `from`
 * has not, with their compressed copies. Returns how many files it copied, and the files of `to` whose `.br`
 * and `.gz` are to be made (`compressFiles`): each one copied, and each whose compressed copies were not made
 * after it. Their old compressed copies are removed first, so none is ever older than its file.
 *
 * With `source` (the record of what ingest wrote into `from`: each file's hash) and `recordFile` (where the
 * hashes of the files copied are kept), a file whose hash is the one it had when last copied, and which is
 * there with its compressed copies, is not looked at: an unchanged build of a large archive costs two folder
 * listings, not a few calls per file. The record is removed while the copy is under way, so a copy stopped
 * half-way is checked file by file the next time; a file whose compressed copies were not yet made has none.
 */
export async function syncFolder(
  from: string,
  to: string,
  source?: WrittenRecord | null,
  recordFile?: string,
): Promise<{ copied: number; toCompress: string[] }> {
  const last =
    source && recordFile
      ? parseRecord<SyncRecord | null>(await readFile(recordFile, 'utf8').catch(() => null), null)
      : null
  if (recordFile) await rm(recordFile, { force: true })
  const [sources, copies] = await Promise.all([listFiles(from).then((files) => files.sort()), listFiles(to)])
  const present = new Set(sources)
  const there = new Set(copies)
  const stale = copies.filter((file) => !present.has(file.replace(/\.(br|gz)$/, '')))
  await Promise.all(stale.map((file) => rm(join(to, file), { force: true })))
  const prefix = `${join(from)}${sep}`
  const hashes = new Map(
    Object.entries(source ?? {}).map(([path, [hash]]) => [
      path.startsWith(prefix) ? path.slice(prefix.length) : relative(from, path),
      hash,
    ]),
  )
  const kept = (file: string) =>
    last !== null &&
    hashes.has(file) &&
    last[file] === hashes.get(file) &&
    there.has(file) &&
    // With the compressed copies the build makes of it, or none when the server compresses it.
    (isCompressible(file)
      ? there.has(`${file}.br`) && there.has(`${file}.gz`)
      : !there.has(`${file}.br`) && !there.has(`${file}.gz`))
  let copied = 0
  const toCompress: string[] = []
  const toCheck = sources.filter((file) => !kept(file))
  for (let i = 0; i < toCheck.length; i += 256) {
    await Promise.all(
      toCheck.slice(i, i + 256).map(async (file) => {
        const [info, copy] = await Promise.all([
          stat(join(from, file)),
          stat(join(to, file)).catch(() => null),
        ])
        const same = copy && copy.size === info.size && sameTime(copy.mtimeMs, info.mtimeMs)
        const withCopies = there.has(`${file}.br`) || there.has(`${file}.gz`)
        const removeCopies = () =>
          Promise.all(['.br', '.gz'].map((ext) => rm(join(to, file + ext), { force: true })))
        if (!same) {
          // The old compressed copies go first, so that a copy stopped half-way never leaves them beside
          // bytes they were not made from.
          if (withCopies) await removeCopies()
          await mkdir(dirname(join(to, file)), { recursive: true })
          await copyFile(join(from, file), join(to, file))
          await utimes(join(to, file), info.atime, info.mtime)
          copied++
        }
        const compress = isCompressible(file) && (!same || !(await isCompressed(join(to, file))))
        // Copies not made from these bytes, or of a file the server now compresses itself, go too.
        if (same && withCopies && (compress || !isCompressible(file))) await removeCopies()
        if (compress) toCompress.push(join(to, file))
      }),
    )
  }
  if (recordFile && source) {
    const record: SyncRecord = {}
    for (const file of sources) {
      const hash = hashes.get(file)
      if (hash !== undefined) record[file] = hash
    }
    await mkdir(dirname(recordFile), { recursive: true })
    await writeAtomic(recordFile, JSON.stringify(record))
  }
  return { copied, toCompress: toCompress.sort() }
}

/** Writes the `.br` and `.gz` of each file, a batch at a time; returns how many files it compressed. */
export async function compressFiles(files: string[]): Promise<number> {
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map(async (file) => writeCompressed(file, await readFile(file))))
  }
  return files.length
}
