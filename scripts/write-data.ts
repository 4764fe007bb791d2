/** Writes the app's data files for a set of articles: what `ingest --out DIR` produces. */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Article } from '../src/lib/article.ts'
import { FILTER_KEYS } from '../src/lib/filters.ts'
import { dataFiles } from '../src/lib/paths.ts'
import { toFacetIndex, toVocabulary } from '../src/pipeline/facet-index.ts'
import { toFacetValueFiles } from '../src/pipeline/facet-values.ts'
import { toFeedOrder, toFeedPages } from '../src/pipeline/feed-index.ts'
import { toRelated } from '../src/pipeline/related.ts'
import { toSearchShards } from '../src/pipeline/search-index.ts'
import { toWorldMap } from '../src/pipeline/world-map.ts'

/** Writes many files a batch at a time, so a large archive never runs out of file handles. */
async function writeAll(files: [string, unknown][]): Promise<void> {
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([path, value]) => writeFile(path, JSON.stringify(value))))
  }
}

/**
 * Writes `DIR/articles/<slug>.json`, `related/<slug>.json`, the feed pages, the facet index, the search shards
 * and the world map. `articleFiles` limits how many article and related files are written (benchmarks that
 * only load the feed need few).
 */
export async function writeData(dir: string, articles: Article[], articleFiles = Infinity): Promise<void> {
  await Promise.all(
    dataFiles.folders.map((folder) => rm(join(dir, folder), { recursive: true, force: true })),
  )
  await Promise.all(dataFiles.folders.map((folder) => mkdir(join(dir, folder), { recursive: true })))
  // The filters and search speak feed ordinals, so they are built over the same order as the feed pages.
  const feed = toFeedOrder(articles)
  const related = toRelated(feed)
  const vocabulary = toVocabulary()
  const { index, counts } = toFacetIndex(feed, vocabulary)
  const valueFiles = toFacetValueFiles(index, vocabulary)
  await Promise.all(
    FILTER_KEYS.map((key) => mkdir(dirname(join(dir, dataFiles.facetValue(key, 'x'))), { recursive: true })),
  )
  await writeAll([
    ...feed.slice(0, articleFiles).flatMap((a): [string, unknown][] => [
      [join(dir, dataFiles.article(a.slug)), a],
      [join(dir, dataFiles.related(a.slug)), related.get(a.slug) ?? []],
    ]),
    ...toFeedPages(feed).map((page): [string, unknown] => [join(dir, dataFiles.feedPage(page.page)), page]),
    [join(dir, dataFiles.facetIndex), index],
    [join(dir, dataFiles.facetCounts), counts],
    [join(dir, dataFiles.vocabulary), vocabulary],
    ...valueFiles.map(({ key, value, file }): [string, unknown] => [
      join(dir, dataFiles.facetValue(key, value)),
      file,
    ]),
    ...[...toSearchShards(feed)].map(([shard, terms]): [string, unknown] => [
      join(dir, dataFiles.searchShard(shard)),
      terms,
    ]),
    [join(dir, dataFiles.worldMap), toWorldMap()],
  ])
}
