/** The most URLs one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000

export type SitemapUrl = { loc: string; lastmod?: string | null }

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

const XML = '<?xml version="1.0" encoding="UTF-8"?>'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const toEntry = (tag: string, { loc, lastmod }: SitemapUrl) =>
  `<${tag}><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</${tag}>`

/** The URLs split into sitemap files of at most `limit` each. */
export function toSitemapParts<T>(urls: T[], limit = SITEMAP_LIMIT): T[][] {
  const parts: T[][] = []
  for (let i = 0; i < urls.length; i += limit) parts.push(urls.slice(i, i + limit))
  return parts.length > 0 ? parts : [[]]
}

/** One sitemap file (`<urlset>`); `lastmod` only where known. */
export function toSitemap(urls: SitemapUrl[]): string {
  return `${XML}\n<urlset xmlns="${NS}">\n${urls.map((u) => toEntry('url', u)).join('\n')}\n</urlset>\n`
}

/** The sitemap index (`<sitemapindex>`) naming each sitemap file by its absolute URL. */
export function toSitemapIndex(sitemaps: SitemapUrl[]): string {
  return `${XML}\n<sitemapindex xmlns="${NS}">\n${sitemaps.map((s) => toEntry('sitemap', s)).join('\n')}\n</sitemapindex>\n`
}

/** robots.txt: everything may be crawled; where the sitemap is. */
export const toRobots = (sitemapUrl: string) => `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
