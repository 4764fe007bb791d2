import { toJsonScript } from '../src/app/hydration.ts'
import { SITE_NAME, toDocumentTitle } from '../src/lib/use-document-title.ts'

/** What a link preview and a search engine read before any script runs; `title` null is the site's front page. */
export type PageHead = {
  title: string | null
  description: string
  url: string
  type: 'website' | 'article'
  /** RSS feeds to offer feed readers: `<link rel="alternate" type="application/rss+xml">`. */
  feeds?: { title: string; url: string }[]
  /** schema.org structured data, written as `<script type="application/ld+json">`. */
  structuredData?: object
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The `<head>` tags of one page: title, description, canonical link, Open Graph and Twitter card. Link
 * previews show the page's title alone; the tab title is the one the app sets once running.
 */
export function toHeadTags({ title, description, url, type, feeds = [], structuredData }: PageHead): string {
  const t = escapeHtml(title ?? SITE_NAME)
  const tab = escapeHtml(toDocumentTitle(title))
  const d = escapeHtml(description)
  const u = escapeHtml(url)
  return [
    `<title>${tab}</title>`,
    `<meta name="description" content="${d}" />`,
    `<link rel="canonical" href="${u}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:type" content="${type}" />`,
    `<meta property="og:title" content="${t}" />`,
    `<meta property="og:description" content="${d}" />`,
    `<meta property="og:url" content="${u}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${t}" />`,
    `<meta name="twitter:description" content="${d}" />`,
    ...feeds.map(
      (feed) =>
        `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.url)}" />`,
    ),
    ...(structuredData ? [toJsonScript('', structuredData, 'application/ld+json')] : []),
  ].join('\n    ')
}

/** A description of at most `max` characters, cut at a word boundary. */
export function toDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  return `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
