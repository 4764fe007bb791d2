import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { writeAtomic } from './build/write-atomic.ts'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)
const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|txt)$/
/**
 * A story's own files: its pages (and the few other pages, alike) and its data files. There are tens of
 * thousands of them, each fetched now and then, and compressing each at build costs more than rendering it,
 * so the server compresses them when they are asked for (`SERVED`, in `site-handler.ts`); static hosts do the
 * same. The files every reader fetches (code, styles, indexes, feeds) are compressed once, at build, harder.
 */
const STORY_FILE = /\.html$|(^|[/\\])(articles|related)[/\\][^/\\]+\.json$/

/** How the server compresses what the build leaves uncompressed: as hard as the build's data files. */
export const SERVED = { brotliQuality: 5, gzipLevel: 6 }

const brotliOptions = (file: string) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: file.includes('/assets/') ? 11 : 5 },
})
const GZIP = { level: 9 }

/** Writes `.br` and `.gz` beside one file's bytes. */
export async function writeCompressed(file: string, bytes: Buffer | string): Promise<void> {
  await Promise.all([
    brotli(bytes, brotliOptions(file)).then((b) => writeAtomic(`${file}.br`, b)),
    gz(bytes, GZIP).then((b) => writeAtomic(`${file}.gz`, b)),
  ])
}

/** Whether a file's compressed copies were made from its present bytes (written after it last changed). */
export async function isCompressed(file: string): Promise<boolean> {
  const [source, copy] = await Promise.all([stat(file), stat(`${file}.br`).catch(() => null)])
  const gz = copy && (await stat(`${file}.gz`).catch(() => null))
  return !!copy && !!gz && copy.mtimeMs >= source.mtimeMs && gz.mtimeMs >= source.mtimeMs
}

/**
 * Writes `.br` and `.gz` beside each file the build compresses (`isCompressible`), so the server can send
 * them precompressed; files under the folders in `skip` or a dot folder (the build's own records), and files
 * unchanged since their copies were made, are left alone. A compressed copy of a file that is gone, or that
 * the server now compresses itself, is removed, so that no copy an earlier build left is sent for it.
 * Returns how many files it compressed.
 */
export async function compressTree(dir: string, skip: string[] = []): Promise<number> {
  const top = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    top
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !skip.includes(join(dir, e.name)))
      .map((e) => readdir(join(dir, e.name), { recursive: true, withFileTypes: true })),
  )
  const all = new Set(
    [...top, ...nested.flat()].filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)),
  )
  const orphans = [...all].filter((file) => {
    const source = /^(.*)\.(br|gz)$/.exec(file)?.[1]
    return source !== undefined && COMPRESSIBLE.test(source) && !(all.has(source) && isCompressible(source))
  })
  await Promise.all(orphans.map((file) => rm(file, { force: true })))
  const files = [...all].filter(isCompressible)
  let count = 0
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        if (await isCompressed(file)) return
        await writeCompressed(file, await readFile(file))
        count++
      }),
    )
  }
  return count
}

/** Whether a file is one the build compresses, for the server to send precompressed. */
export const isCompressible = (file: string) => COMPRESSIBLE.test(file) && !STORY_FILE.test(file)
