/** Makes one folder a copy of another, copying only the files that changed and removing the ones gone. */
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

const listFiles = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))

/**
 * Copies each file of `from` to `to` unless the copy there is as new and as long; removes files of `to` that
 * `from` has not, with their compressed copies. Returns how many files it copied.
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
        if (copy && copy.size === source.size && copy.mtimeMs >= source.mtimeMs) return
        await mkdir(dirname(join(to, file)), { recursive: true })
        await copyFile(join(from, file), join(to, file))
        copied++
      }),
    )
  }
  return copied
}
