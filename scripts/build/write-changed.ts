/**
 * Writing a build's files so that the steps after it see only what changed: a file whose bytes are already
 * there is left alone (its compressed copies stay valid), and files a build no longer makes are removed.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Writes each file whose bytes differ, a batch at a time (a large archive never runs out of file handles). */
export async function writeChanged(files: [string, string][]): Promise<number> {
  await Promise.all(
    [...new Set(files.map(([file]) => dirname(file)))].map((d) => mkdir(d, { recursive: true })),
  )
  let written = 0
  const write = async (path: string, text: string) => {
    if ((await readFile(path, 'utf8').catch(() => null)) === text) return
    await writeFile(path, text)
    written++
  }
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([path, text]) => write(path, text)))
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
