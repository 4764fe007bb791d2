import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { writeAtomic } from './build/write-atomic.ts'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)
const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|txt)$/

/** Writes `.br` and `.gz` beside one file's bytes. */
const brotliOptions = (file: string) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: file.includes('/assets/') ? 11 : 5 },
})
const GZIP = { level: 9 }

export async function writeCompressed(file: string, bytes: Buffer | string): Promise<void> {
  await Promise.all([
    brotli(bytes, brotliOptions(file)).then((b) => writeAtomic(`${file}.br`, b)),
    gz(bytes, GZIP).then((b) => writeAtomic(`${file}.gz`, b)),
  ])
}

/**
 * Writes a file with its `.br` and `.gz` beside it. Compression runs on zlib's threads, so while the
 * prerenderer renders the next page, the last one is being compressed.
 */
export async function writeWithCompressed(file: string, text: string): Promise<void> {
  // Encoded once: the file and both compressors take the same bytes.
  const bytes = Buffer.from(text)
  await Promise.all([writeAtomic(file, bytes), writeCompressed(file, bytes)])
}

/** Whether a file's compressed copies were made from its present bytes (written after it last changed). */
export async function isCompressed(file: string): Promise<boolean> {
  const [source, copy] = await Promise.all([stat(file), stat(`${file}.br`).catch(() => null)])
  const gz = copy && (await stat(`${file}.gz`).catch(() => null))
  return !!copy && !!gz && copy.mtimeMs >= source.mtimeMs && gz.mtimeMs >= source.mtimeMs
}

/**
 * Writes `.br` and `.gz` beside each text file so the server can send them precompressed; files in `done`
 * (written with `writeWithCompressed`), files under the folders in `skip` or a dot folder (the build's own
 * records), and files unchanged since their copies were made are left alone. Returns how many files it
 * compressed.
 */
export async function compressTree(
  dir: string,
  done: ReadonlySet<string> = new Set(),
  skip: string[] = [],
): Promise<number> {
  const top = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    top
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !skip.includes(join(dir, e.name)))
      .map((e) => readdir(join(dir, e.name), { recursive: true, withFileTypes: true })),
  )
  const files = [...top.filter((e) => e.isFile()), ...nested.flat()]
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !done.has(file))
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

/** Whether a file is one the server sends precompressed. */
export const isCompressible = (file: string) => COMPRESSIBLE.test(file)
