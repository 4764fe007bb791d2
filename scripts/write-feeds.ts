/**
 * Writes the files other programs read from the built site: the RSS feeds (`feed.xml` and one per filter
 * value under `feeds/`), the sitemap index with its files, `robots.txt` and `_headers`.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FacetIndex, Vocabulary } from '../src/lib/facets.ts'
import type { FeedEntry, FeedPage } from '../src/lib/feed.ts'
import { FILTER_KEYS, type FilterKey } from '../src/lib/filters.ts'
import { dataFiles, paths } from '../src/lib/paths.ts'
import { RSS_SIZE, toRss } from '../src/lib/rss.ts'
import { toRobots, toSitemap, toSitemapIndex, toSitemapParts } from '../src/lib/sitemap.ts'
import { removeOthers, writeChanged } from './build/write-changed.ts'
import { toHeadersFile, type InlineHashes } from './security-headers.ts'

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T
const GROUP_NAMES: Record<FilterKey, string> = { country: 'country', region: 'region', topic: 'topic' }

/** The channel title of a feed: "Dateline", or "Dateline: Afghanistan". */
export const toFeedTitle = (name?: string) => (name ? `Dateline: ${name}` : 'Dateline')

/**
 * Writes every feed and sitemap file into `dist`; returns how many files were written. `builtAt` dates the
 * feeds no dated story is in, so a build of the same content gives the same files; `inline` holds the hashes of
 * the script and style the pages inline, which `_headers` allows.
 */
export async function writeFeeds(
  dist: string,
  siteUrl: string,
  builtAt: Date,
  inline?: InlineHashes,
): Promise<number> {
  const data = (file: string) => join(dist, 'data', file)
  const [index, vocabulary] = await Promise.all([
    readJson<FacetIndex>(data(dataFiles.facetIndex)),
    readJson<Vocabulary>(data(dataFiles.vocabulary)),
  ])
  // The feed pages and the facet index list the stories in the same order (newest first).
  const pageCount = Math.max(1, Math.ceil(index.total / index.pageSize))
  const pages = await Promise.all(
    Array.from({ length: pageCount }, (_, i) => readJson<FeedPage>(data(dataFiles.feedPage(i + 1)))),
  )
  const entries: FeedEntry[] = pages.flatMap((page) => page.articles)

  const files: [string, string][] = []
  const write = (path: string, text: string) => files.push([join(dist, path), text])
  write(
    paths.rss(),
    toRss(
      siteUrl,
      { title: toFeedTitle(), description: 'The newest stories.', path: paths.rss(), pagePath: paths.feed },
      entries,
      builtAt,
    ),
  )
  // One feed for every value a filter may name, with the filter's meaning: the stories the facet index gives
  // it (countries: dateline and subject; topics: the topic and everything under it). A value no story has yet
  // gets an empty feed, so a reader can follow it before its first story.
  for (const [g, key] of FILTER_KEYS.entries()) {
    const stories = new Map<string, FeedEntry[]>()
    index.articles.forEach((values, ordinal) => {
      for (const position of values[g]!) {
        const value = index.values[key][position]!
        const list = stories.get(value) ?? []
        if (list.length < RSS_SIZE) list.push(entries[ordinal]!)
        stories.set(value, list)
      }
    })
    for (const { value, name } of vocabulary[key]) {
      const filter = { key, value }
      const path = paths.rss(filter)
      const channel = {
        title: toFeedTitle(name),
        description: `The newest stories for the ${GROUP_NAMES[key]} ${name}.`,
        path,
        pagePath: paths.filteredFeed({ [key]: [value] }),
      }
      write(decodeURIComponent(path), toRss(siteUrl, channel, stories.get(value) ?? [], builtAt))
    }
  }

  const articleUrls = [
    { loc: siteUrl + paths.feed },
    ...entries.map((e) => ({ loc: siteUrl + paths.article(e.slug), lastmod: e.publishedAt })),
  ]
  const parts = toSitemapParts(articleUrls)
  parts.forEach((urls, i) => write(paths.sitemapPart(i + 1), toSitemap(urls)))
  write(paths.sitemap, toSitemapIndex(parts.map((_, i) => ({ loc: siteUrl + paths.sitemapPart(i + 1) }))))
  write(paths.robots, toRobots(siteUrl + paths.sitemap))
  write('/_headers', toHeadersFile(inline))

  // Unchanged files are left alone, so their compressed copies are not made again.
  const present = await removeOthers(
    ['feeds', 'sitemaps'].map((dir) => join(dist, dir)),
    new Set(files.map(([file]) => file)),
  )
  await writeChanged(files, dist, present)
  return files.length
}
