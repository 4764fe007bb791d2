/** Makes one folder a copy of another, copying only the files that changed and removing the ones gone. */
import { copyFile, mkdir, readdir, rm, stat, utimes } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

const listFiles = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))

// A time set with utimes (seconds as a double) comes back within a millisecond of the one given.
const sameTime = (a: number, b: number) => Math.abs(a - b) < 1

/**
 * Copies each file of `from` to `to` unless the copy there has its size and time (a copy is given its
 * source's time, so a file put there by anything else is copied over); removes files of `to` that `from`
 * has not, with their compressed copies. Returns how many files it copied.
 */
export async function syncFolder(from: string, to: string): Promise<number> {
  const sources = await listFiles(from)
  const present = new Set(sources)
  const stale = (await listFiles(to)).filter((file) => !present.has(file.replace(/\.(br|gz)$/, '')))
  await Promise.all(stale.map((file) => rm(join(to, file), { force: true })))
  let copied = 0
  for (let i = 0; i < sources.length; i += 256) {
    await Promise.all(
      sources.slice(i, i + 256).map(async (file) => {
        const [source, copy] = await Promise.all([
          stat(join(from, file)),
          stat(join(to, file)).catch(() => null),
        ])
        if (copy && copy.size === source.size && sameTime(copy.mtimeMs, source.mtimeMs)) return
        await mkdir(dirname(join(to, file)), { recursive: true })
        await copyFile(join(from, file), join(to, file))
        await utimes(join(to, file), source.atime, source.mtime)
        copied++
      }),
    )
  }
  return copied
}
