import type { Article } from '../../lib/article.ts'
import { openMarkup } from '../html/read-page-file.ts'
import { composePage } from '../html/compose-page.ts'
import { toPageBlocks } from '../html/page-paragraphs.ts'
import { parseDocument } from '../html/read-page.ts'
import type { IngestProblem } from '../read-articles.ts'
import { toArticle } from '../read-articles.ts'
import { readFeedItems, type FeedItem } from './feed-items.ts'

// Where each item starts, so a report or an article's `source.line` points into the feed file.
const ITEM_START = /<(item|entry)[\s>]/g

const lineStarts = (text: string): number[] => {
  const lines: number[] = []
  let line = 1
  let last = 0
  for (const match of text.matchAll(ITEM_START)) {
    for (let i = last; i < match.index; i++) if (text.charCodeAt(i) === 10) line++
    last = match.index
    lines.push(line)
  }
  return lines
}

/**
 * Reads a feed (`.xml`, `.rss`, `.atom`, `.json`): each item is an article. An item with full content is read
 * as a page's article is; one with only a summary is an article of that summary, linked to its page.
 */
export function readFeedFile(
  file: string,
  bytes: Uint8Array,
): { articles: Article[]; problems: IngestProblem[] } {
  const opened = openMarkup(file, bytes)
  if (!opened.ok) return { articles: [], problems: [opened.problem] }
  const feed = readFeedItems(opened.text)
  if (!feed.ok) return { articles: [], problems: [{ file, line: 1, reason: feed.reason }] }
  // A JSON Feed's items all point at its first line.
  const starts = /^\s*[{[]/.test(opened.text) ? [] : lineStarts(opened.text)
  const articles: Article[] = []
  const problems: IngestProblem[] = []
  feed.items.forEach((item, index) => {
    const line = starts[index] ?? 1
    const article = readItem(item, feed.outlet)
    if (article) articles.push(toArticle(file, line, article))
    else problems.push({ file, line, reason: `feed item ${index + 1} has no title and no text` })
  })
  if (feed.items.length === 0)
    problems.push({ file, line: 1, reason: 'no article found (the feed has no items)' })
  return { articles, problems }
}

function readItem(item: FeedItem, outlet: string | null) {
  const html = item.content ?? item.summary ?? ''
  const text = composePage(toPageBlocks(parseDocument(html).body), {
    headline: item.title,
    description: null,
    published: item.published,
    byline: item.byline,
    outlet,
    url: item.url,
  })
  return text.title === null && text.paragraphs.length === 0 ? null : text
}
