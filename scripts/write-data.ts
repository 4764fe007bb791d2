/** Writes the app's data files for a set of articles: what `ingest --out DIR` produces. */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../src/lib/article.ts'
import { dataFiles } from '../src/lib/paths.ts'
import { toFacetIndex, toVocabulary } from '../src/pipeline/facet-index.ts'
import { toFeedOrder, toFeedPages } from '../src/pipeline/feed-index.ts'
import { toRelated } from '../src/pipeline/related.ts'
import { toSearchShards } from '../src/pipeline/search-index.ts'
import { toWorldMap } from '../src/pipeline/world-map.ts'

/**
 * Writes many files a batch at a time, so a large archive never runs out of file handles. A file whose bytes
 * are already there is left alone, so the steps after this one (copy, compression) see only what changed.
 */
async function writeAll(files: [string, unknown][]): Promise<void> {
  const write = async (path: string, text: string) => {
    if ((await readFile(path, 'utf8').catch(() => null)) !== text) await writeFile(path, text)
  }
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([path, value]) => write(path, JSON.stringify(value))))
  }
}

/** Removes the files under `dir`'s data folders that this run does not write (stories gone, fewer pages). */
async function removeStale(dir: string, keep: Set<string>): Promise<void> {
  for (const folder of dataFiles.folders) {
    const entries = await readdir(join(dir, folder), { recursive: true, withFileTypes: true })
    const stale = entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => !keep.has(file))
    await Promise.all(stale.map((file) => rm(file, { force: true })))
  }
}

/**
 * Writes `DIR/articles/<slug>.json`, `related/<slug>.json`, the feed pages, the facet index, the search shards
 * and the world map. `articleFiles` limits how many article and related files are written (benchmarks that
 * only load the feed need few).
 */
export async function writeData(dir: string, articles: Article[], articleFiles = Infinity): Promise<void> {
  await Promise.all(dataFiles.folders.map((folder) => mkdir(join(dir, folder), { recursive: true })))
  // The filters and search speak feed ordinals, so they are built over the same order as the feed pages.
  const feed = toFeedOrder(articles)
  const related = toRelated(feed)
  const vocabulary = toVocabulary()
  const { index, counts } = toFacetIndex(feed, vocabulary)
  const files: [string, unknown][] = [
    ...feed.slice(0, articleFiles).flatMap((a): [string, unknown][] => [
      [join(dir, dataFiles.article(a.slug)), a],
      [join(dir, dataFiles.related(a.slug)), related.get(a.slug) ?? []],
    ]),
    ...toFeedPages(feed).map((page): [string, unknown] => [join(dir, dataFiles.feedPage(page.page)), page]),
    [join(dir, dataFiles.facetIndex), index],
    [join(dir, dataFiles.facetCounts), counts],
    [join(dir, dataFiles.vocabulary), vocabulary],
    ...[...toSearchShards(feed)].map(([shard, terms]): [string, unknown] => [
      join(dir, dataFiles.searchShard(shard)),
      terms,
    ]),
    [join(dir, dataFiles.worldMap), toWorldMap()],
  ]
  await removeStale(dir, new Set(files.map(([path]) => path)))
  await writeAll(files)
}
