import { Feed } from 'feed'
import type { FeedEntry } from './feed.ts'
import { paths } from './paths.ts'

/** How many stories a feed holds: a reader polls often, so the newest are enough. */
export const RSS_SIZE = 50

export type RssChannel = {
  title: string
  description: string
  /** The feed's own path (`/feeds/country/af.xml`). */
  path: string
  /** The page the feed follows (`/?country=af`). */
  pagePath: string
}

const TOPICS_DOMAIN = 'http://cv.iptc.org/newscodes/mediatopic/'

/**
 * An RSS 2.0 document of the first `RSS_SIZE` entries (newest first, as the feed orders them), links absolute
 * under `siteUrl`. `pubDate` only where the story's date is known; its countries (dateline and subject, as
 * the country filter reads them) and topics as `category`. `lastBuildDate` is the newest story's date, so the
 * same content gives the same file (`builtAt`, the site's content date, when no story in it is dated).
 */
export function toRss(
  siteUrl: string,
  channel: RssChannel,
  entries: FeedEntry[],
  builtAt = new Date(),
): string {
  const newest = entries.slice(0, RSS_SIZE)
  const dates = newest.flatMap((e) => (e.publishedAt ? [new Date(e.publishedAt).getTime()] : []))
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: siteUrl + channel.pagePath,
    link: siteUrl + channel.pagePath,
    feed: siteUrl + channel.path,
    language: 'en',
    updated: dates.length > 0 ? new Date(Math.max(...dates)) : builtAt,
    generator: false,
    copyright: 'Dateline',
  })
  for (const entry of newest) {
    const link = siteUrl + paths.article(entry.slug)
    feed.addItem({
      title: entry.title,
      link,
      // @ts-expect-error -- RSS 2.0's pubDate is optional and `feed` leaves it out when `date` is missing;
      // an undated story must not be given the build's date.
      date: entry.publishedAt ? new Date(entry.publishedAt) : undefined,
      ...(entry.summary.length > 0 && { description: entry.summary.join(' ') }),
      category: [
        ...entry.countries.filter((c) => c.role !== 'mentioned').map((c) => ({ name: c.name })),
        ...entry.topics.map((t) => ({ name: t.name, domain: TOPICS_DOMAIN })),
      ],
    })
  }
  return feed.rss2()
}
