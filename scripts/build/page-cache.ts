/**
 * The render cache of article pages: for each story, a hash of what its pages are made of (its data files,
 * as their sizes and times, the app's build and the prerenderer's code). A story whose hash is the one its pages were written with
 * keeps them; the others are rendered again. The record lives beside the build (`.vite/pages.json`), so a
 * fresh build (which empties the folder) renders everything.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fingerprint, hashOf } from './fingerprint.ts'

interface Record {
  version: string
  pages: { [slug: string]: string }
}

export async function openPageCache(dist: string, parts: string[]) {
  const file = join(dist, '.vite', 'pages.json')
  const version = hashOf(await fingerprint(['scripts', 'src/lib']), ...parts)
  const last = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Partial<Record>
  const previous = last.version === version ? (last.pages ?? {}) : {}
  const next: Record = { version, pages: {} }
  return {
    /** False when nothing from the last build can be kept (first build, or the app or renderer changed). */
    warm: last.version === version,
    /** Whether a story's pages, made from these inputs, are already written. */
    isFresh(slug: string, ...inputs: string[]): boolean {
      const hash = hashOf(...inputs)
      next.pages[slug] = hash
      return previous[slug] === hash
    },
    /** Removes the pages of stories that are gone, then saves the record. */
    async save(articlesDir: string): Promise<number> {
      const gone = Object.keys(previous).filter((slug) => !(slug in next.pages))
      await Promise.all(
        gone.flatMap((slug) => [
          rm(join(articlesDir, slug), { recursive: true, force: true }),
          rm(join(articlesDir, `${slug}.html`), { force: true }),
        ]),
      )
      // Sorted, so the record does not depend on the order the pages were read in.
      const pages = Object.fromEntries(Object.entries(next.pages).sort(([a], [b]) => (a < b ? -1 : 1)))
      await writeFile(file, JSON.stringify({ ...next, pages }))
      return gone.length
    },
  }
}
