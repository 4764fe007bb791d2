/**
 * The items of an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document, parsed with feedsmith, as one shape:
 * what each item says of itself, its full content (HTML) where it has one, else its summary.
 */
import { parseFeed } from 'feedsmith'

export type FeedItem = {
  title: string | null
  url: string | null
  published: string | null
  byline: string | null
  /** The item's full text as HTML (`content:encoded`, Atom `content`, `content_html`), or null. */
  content: string | null
  /** Only a summary (`description`, Atom `summary`, `summary`), as HTML or text; or null. */
  summary: string | null
}
export type FeedRead = { ok: true; outlet: string | null; items: FeedItem[] } | { ok: false; reason: string }

type Any = Record<string, unknown> | undefined
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null
const textOf = (value: unknown): string | null =>
  str(value) ?? (typeof value === 'object' && value ? str((value as { value?: unknown }).value) : null)
const people = (list: unknown): string | null => {
  if (!Array.isArray(list)) return str(list)
  const names = list
    .map((p) => (typeof p === 'string' ? p : str((p as Any)?.name)))
    .filter((n): n is string => !!n)
  return names.length ? names.join(', ') : null
}
const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\n\s*\n/g, '<br><br>')

/** Parses a feed document; a reason when it is not one of the feed formats. */
export function readFeedItems(source: string): FeedRead {
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(source)
  } catch (error) {
    return { ok: false, reason: `not a feed (${(error as Error).message}; RSS, Atom and JSON Feed are read)` }
  }
  const feed = parsed.feed as Record<string, unknown>
  if (parsed.format === 'atom') {
    const entries = (feed.entries ?? []) as Record<string, unknown>[]
    return {
      ok: true,
      outlet: textOf(feed.title),
      items: entries.map((e) => {
        const links = (e.links ?? []) as { href?: string; rel?: string }[]
        const content = e.content as { value?: string; type?: string } | undefined
        const html = str(content?.value)
        return {
          title: textOf(e.title),
          url: str((links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href),
          published: str(e.published) ?? str(e.updated),
          byline: people(e.authors),
          content: html && content?.type === 'text' ? escapeText(html) : html,
          summary: textOf(e.summary),
        }
      }),
    }
  }
  if (parsed.format === 'json') {
    const items = (feed.items ?? []) as Record<string, unknown>[]
    return {
      ok: true,
      outlet: str(feed.title),
      items: items.map((i) => ({
        title: str(i.title),
        url: str(i.url) ?? str(i.external_url),
        published: str(i.date_published) ?? str(i.date_modified),
        byline: people(i.authors) ?? str((i.author as Any)?.name),
        content: str(i.content_html) ?? (str(i.content_text) ? escapeText(str(i.content_text)!) : null),
        summary: str(i.summary),
      })),
    }
  }
  // RSS 2.0 and RSS 1.0 (RDF) share their item fields.
  const items = (feed.items ?? []) as Record<string, unknown>[]
  return {
    ok: true,
    outlet: str(feed.title),
    items: items.map((i) => {
      const dc = i.dc as Any
      return {
        title: str(i.title),
        url: str(i.link) ?? str((i.guid as Any)?.value),
        published: str(i.pubDate) ?? str(dc?.date) ?? str((dc?.dates as unknown[] | undefined)?.[0]),
        byline: str(i.author) ?? people(dc?.creators) ?? str(dc?.creator),
        content: str((i.content as Any)?.encoded),
        summary: str(i.description),
      }
    }),
  }
}
