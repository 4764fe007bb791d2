/**
 * The response headers of the built site, in one place: `npm start`'s server sends them, and the build writes
 * them to `_headers` for static hosts (Netlify, Cloudflare Pages).
 */

/**
 * Scripts only from the site's own files: no inline script, no eval. The pages carry their data in
 * `type="application/json"` and `application/ld+json` blocks, which are never run and so need no permission.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate `frame-ancestors`.
  'X-Frame-Options': 'DENY',
}

/** Hashed file names change with their content, so they are kept for good; the rest is revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'no-cache'
export const isHashedAsset = (pathname: string) => pathname.startsWith('/assets/')

/**
 * The `_headers` file: the same headers for static hosts. Each path gets one Cache-Control (hosts join the
 * values of several matching rules), so the revalidated paths are listed rather than caught by `/*`.
 */
export function toHeadersFile(): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  const revalidated = [
    ...['/', '/index.html', '/404.html', '/articles/*', '/data/*', '/favicon.svg'],
    ...['/feed.xml', '/feeds/*', '/sitemap.xml', '/sitemaps/*', '/robots.txt'],
  ]
  return (
    [
      rule('/*', SECURITY_HEADERS),
      rule('/assets/*', { 'Cache-Control': IMMUTABLE }),
      ...revalidated.map((path) => rule(path, { 'Cache-Control': REVALIDATE })),
    ].join('\n\n') + '\n'
  )
}
