/** What a link preview and a search engine read before any script runs. */
export type PageHead = { title: string; description: string; url: string; type: 'website' | 'article' }

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The `<head>` tags of one page: title, description, canonical link, Open Graph and Twitter card. Link
 * previews show the headline alone; the tab title adds the site name.
 */
export function toHeadTags({ title, description, url, type }: PageHead): string {
  const t = escapeHtml(title)
  const tab = type === 'article' ? `${t} — Dateline` : t
  const d = escapeHtml(description)
  const u = escapeHtml(url)
  return [
    `<title>${tab}</title>`,
    `<meta name="description" content="${d}" />`,
    `<link rel="canonical" href="${u}" />`,
    `<meta property="og:site_name" content="Dateline" />`,
    `<meta property="og:type" content="${type}" />`,
    `<meta property="og:title" content="${t}" />`,
    `<meta property="og:description" content="${d}" />`,
    `<meta property="og:url" content="${u}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${t}" />`,
    `<meta name="twitter:description" content="${d}" />`,
  ].join('\n    ')
}

/** A description of at most `max` characters, cut at a word boundary. */
export function toDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  return `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
