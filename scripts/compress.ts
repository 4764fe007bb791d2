import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)
const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|txt)$/

/** Writes `.br` and `.gz` beside each text file so the server can send them precompressed. */
export async function compressTree(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const bytes = await readFile(file)
        const quality = file.includes('/assets/') ? 11 : 5
        await writeFile(
          `${file}.br`,
          await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
        )
        await writeFile(`${file}.gz`, await gz(bytes, { level: 9 }))
      }),
    )
  }
  return files.length
}
