// @vitest-environment jsdom
import { expect, test } from 'vitest'
import type { FeedEntry } from './feed.ts'
import { RSS_SIZE, toRss } from './rss.ts'

const SITE = 'https://dateline.example'
const channel = {
  title: 'Dateline: Afghanistan',
  description: 'Stories.',
  path: '/feeds/country/af.xml',
  pagePath: '/?country=af',
}

const anEntry = (n: number, over: Partial<FeedEntry> = {}): FeedEntry => ({
  id: `id-${n}`,
  slug: `story-${n}`,
  title: `Story ${n}`,
  summary: [`Summary of story ${n}.`],
  dateline: { city: 'Kabul', country: 'AF' },
  publishedAt: `2021-01-${String((n % 28) + 1).padStart(2, '0')}`,
  regions: [],
  countries: [
    { code: 'AF', name: 'Afghanistan', role: 'dateline' },
    { code: 'QA', name: 'Qatar', role: 'mentioned' },
  ],
  topics: [{ id: 'medtop:20000565', name: 'diplomacy' }],
  ...over,
})

/** RFC 822 dates as RSS 2.0 writes them: "Sun, 03 Jan 2021 00:00:00 GMT". */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

/**
 * The rules of the RSS 2.0 specification (rssboard.org/rss-specification) a feed reader relies on, as a list
 * of what breaks them: one `<rss version="2.0">` with one `<channel>` holding `title`, `link` and
 * `description`; each item with a title or a description; links absolute URLs; dates RFC 822; a permalink
 * guid a URL; guids unique; categories with text.
 */
function rss2Problems(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  if (doc.querySelector('parsererror')) return ['not well-formed XML']
  const problems: string[] = []
  const root = doc.documentElement
  if (root.localName !== 'rss' || root.getAttribute('version') !== '2.0')
    problems.push('root is not <rss version="2.0">')
  const channels = [...root.children].filter((e) => e.localName === 'channel')
  if (channels.length !== 1) return [...problems, `${channels.length} channels`]
  const channel = channels[0]!
  // RSS 2.0 elements have no namespace; `atom:link` is not `link`.
  const child = (parent: Element, name: string) =>
    [...parent.children].filter((e) => e.localName === name && e.namespaceURI === null)
  const isUrl = (text: string | null | undefined) => /^https?:\/\/[^/\s]+\/\S*$/.test(text ?? '')
  for (const name of ['title', 'link', 'description'])
    if (child(channel, name).length !== 1) problems.push(`channel needs one <${name}>`)
  if (!isUrl(child(channel, 'link')[0]?.textContent)) problems.push('channel link is not an absolute URL')
  for (const name of ['pubDate', 'lastBuildDate'])
    for (const date of child(channel, name))
      if (!RFC_822.test(date.textContent ?? '')) problems.push(`channel ${name} is not RFC 822`)
  const guids = new Set<string>()
  child(channel, 'item').forEach((item, i) => {
    if (child(item, 'title').length + child(item, 'description').length === 0)
      problems.push(`item ${i} has neither title nor description`)
    for (const link of child(item, 'link'))
      if (!isUrl(link.textContent)) problems.push(`item ${i} link not absolute`)
    for (const date of child(item, 'pubDate'))
      if (!RFC_822.test(date.textContent ?? '')) problems.push(`item ${i} pubDate is not RFC 822`)
    for (const guid of child(item, 'guid')) {
      const text = guid.textContent ?? ''
      if (guid.getAttribute('isPermaLink') !== 'false' && !isUrl(text))
        problems.push(`item ${i} permalink not a URL`)
      if (guids.has(text)) problems.push(`item ${i} repeats a guid`)
      guids.add(text)
    }
    for (const category of child(item, 'category'))
      if (!category.textContent?.trim()) problems.push(`item ${i} has an empty category`)
  })
  return problems
}

const items = (xml: string) => [
  ...new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('item'),
]

test('a feed follows the RSS 2.0 rules', () => {
  const xml = toRss(SITE, channel, [anEntry(1), anEntry(2, { publishedAt: null, summary: [] }), anEntry(3)])
  expect(rss2Problems(xml)).toEqual([])
})

test('the rules catch a feed that breaks them', () => {
  const broken = toRss(SITE, channel, [anEntry(1)])
    .replace(/<link>https:\/\/dateline\.example\/articles/, '<link>/articles')
    .replace(/<pubDate>[^<]+/, '<pubDate>2021-01-02')
  expect(rss2Problems(broken)).toEqual(['item 0 link not absolute', 'item 0 pubDate is not RFC 822'])
})

test('a feed holds the newest stories, in feed order, at most RSS_SIZE', () => {
  const entries = Array.from({ length: RSS_SIZE + 5 }, (_, i) => anEntry(i))
  const xml = toRss(SITE, channel, entries)
  expect(items(xml)).toHaveLength(RSS_SIZE)
  expect(items(xml)[0]?.querySelector('title')?.textContent).toBe('Story 0')
})

test('each item links to its story, has a pubDate only where the date is known, and its countries and topics as categories', () => {
  const [dated, undated] = items(toRss(SITE, channel, [anEntry(2), anEntry(3, { publishedAt: null })]))
  expect(dated?.querySelector('link')?.textContent).toBe(`${SITE}/articles/story-2`)
  expect(dated?.querySelector('pubDate')?.textContent).toBe('Sun, 03 Jan 2021 00:00:00 GMT')
  expect(undated?.querySelector('pubDate')).toBeNull()
  // A country named only in passing is not what the story is filed under, as the country filter reads it.
  expect([...dated!.querySelectorAll('category')].map((c) => c.textContent)).toEqual([
    'Afghanistan',
    'diplomacy',
  ])
})

test('headlines are text, whatever characters they hold', () => {
  const xml = toRss(SITE, channel, [anEntry(1, { title: 'Talks <b>"on" & off</b>' })])
  expect(rss2Problems(xml)).toEqual([])
  expect(items(xml)[0]?.querySelector('title')?.textContent).toBe('Talks <b>"on" & off</b>')
})

test('the channel names the feed, links to the filtered page and to itself, and is dated by its newest story', () => {
  const doc = new DOMParser().parseFromString(
    toRss(SITE, channel, [anEntry(1), anEntry(5)]),
    'application/xml',
  )
  expect(doc.querySelector('channel > title')?.textContent).toBe('Dateline: Afghanistan')
  expect(doc.querySelector('channel > link')?.textContent).toBe(`${SITE}/?country=af`)
  expect(doc.getElementsByTagName('atom:link')[0]?.getAttribute('href')).toBe(`${SITE}/feeds/country/af.xml`)
  expect(doc.querySelector('channel > lastBuildDate')?.textContent).toBe('Wed, 06 Jan 2021 00:00:00 GMT')
})
