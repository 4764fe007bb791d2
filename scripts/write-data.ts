/** Writes the app's data files for a set of articles: what `ingest --out DIR` produces. */
import { join } from 'node:path'
import type { Article } from '../src/lib/article.ts'
import { dataFiles } from '../src/lib/paths.ts'
import { toFacetIndex, toVocabulary } from '../src/pipeline/facet-index.ts'
import { toFacetValueFiles } from '../src/pipeline/facet-values.ts'
import { toFeedOrder, toFeedPages } from '../src/pipeline/feed-index.ts'
import { toRelated } from '../src/pipeline/related.ts'
import { toSearchShards } from '../src/pipeline/search-index.ts'
import { toWorldMap } from '../src/pipeline/world-map.ts'
import { removeOthers, writeChanged } from './build/write-changed.ts'

/**
 * Writes `DIR/articles/<slug>.json`, `related/<slug>.json`, the feed pages, the facet index, the search shards
 * and the world map. `articleFiles` limits how many article and related files are written (benchmarks that
 * only load the feed need few).
 */
export async function writeData(dir: string, articles: Article[], articleFiles = Infinity): Promise<void> {
  // The filters and search speak feed ordinals, so they are built over the same order as the feed pages.
  const feed = toFeedOrder(articles)
  const related = toRelated(feed)
  const vocabulary = toVocabulary()
  const { index, counts } = toFacetIndex(feed, vocabulary)
  const valueFiles = toFacetValueFiles(index, vocabulary)
  const files: [string, unknown][] = [
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
  ]
  // A file already as it would be written is left alone, so the copy and compression after see only changes.
  // The record of what was written stands in for looking at each file again (`build.ts` copies from it too).
  const present = await removeOthers(
    dataFiles.folders.map((folder) => join(dir, folder)),
    new Set(files.map(([path]) => path)),
  )
  await writeChanged(
    files.map(([path, value]) => [path, JSON.stringify(value)]),
    dir,
    present,
  )
}
