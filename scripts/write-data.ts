/** Writes the app's data files for a set of articles: what `ingest --out DIR` produces. */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../src/lib/article.ts'
import { toFacetIndex, toVocabulary } from '../src/pipeline/facet-index.ts'
import { toFeedOrder, toFeedPages } from '../src/pipeline/feed-index.ts'
import { toRelated } from '../src/pipeline/related.ts'
import { toSearchShards } from '../src/pipeline/search-index.ts'
import { toWorldMap } from '../src/pipeline/world-map.ts'

const FOLDERS = ['articles', 'feed', 'related', 'facets', 'search', 'map']

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
  await Promise.all(FOLDERS.map((folder) => rm(join(dir, folder), { recursive: true, force: true })))
  await Promise.all(FOLDERS.map((folder) => mkdir(join(dir, folder), { recursive: true })))
  // The filters and search speak feed ordinals, so they are built over the same order as the feed pages.
  const feed = toFeedOrder(articles)
  const related = toRelated(feed)
  const vocabulary = toVocabulary()
  const { index, counts } = toFacetIndex(feed, vocabulary)
  await writeAll([
    ...feed.slice(0, articleFiles).flatMap((a): [string, unknown][] => [
      [join(dir, 'articles', `${a.slug}.json`), a],
      [join(dir, 'related', `${a.slug}.json`), related.get(a.slug) ?? []],
    ]),
    ...toFeedPages(articles).map((page): [string, unknown] => [
      join(dir, 'feed', `page-${page.page}.json`),
      page,
    ]),
    [join(dir, 'facets', 'index.json'), index],
    [join(dir, 'facets', 'counts.json'), counts],
    [join(dir, 'facets', 'vocabulary.json'), vocabulary],
    ...[...toSearchShards(feed)].map(([shard, terms]): [string, unknown] => [
      join(dir, 'search', `${shard}.json`),
      terms,
    ]),
    [join(dir, 'map', 'world.json'), toWorldMap()],
  ])
}
