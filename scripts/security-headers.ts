/**
 * The response headers of the built site, in one place: `npm start`'s server sends them, and the build writes
 * them to `_headers` for static hosts (Netlify, Cloudflare Pages).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The hashes (`sha256-…`) of the inline script and style a build puts in its pages: the same on every page. */
export type InlineHashes = { script: readonly string[]; style: readonly string[] }
const NONE: InlineHashes = { script: [], style: [] }
const allowing = (directive: string, hashes: readonly string[]) =>
  [directive, ...hashes.map((hash) => `'${hash}'`)].join(' ')

/**
 * Scripts only from the site's own files and the few lines that start the app after the first paint, allowed
 * by their hash; no other inline script, no eval. The pages carry their data in `type="application/json"` and
 * `application/ld+json` blocks, which are never run and so need no permission. Styles from the site's files
 * and the one stylesheet the build inlines, allowed by its hash, so no other inline style (no `style`
 * attribute, no injected `<style>`) is.
 */
export const toContentSecurityPolicy = (inline: InlineHashes = NONE) =>
  [
    "default-src 'self'",
    allowing("script-src 'self'", inline.script),
    allowing("style-src 'self'", inline.style),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

/** Sent with every response. */
export const toSecurityHeaders = (inline: InlineHashes = NONE): Record<string, string> => ({
  'Content-Security-Policy': toContentSecurityPolicy(inline),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate `frame-ancestors`.
  'X-Frame-Options': 'DENY',
})

/** Where a build records the hashes of what it inlined, for the server to allow it. */
export const INLINE_HASHES_FILE = join('.vite', 'inline-hashes.json')

/** The hashes of what the build in `dir` inlined; none for a build that inlined nothing. */
export function readInlineHashes(dir: string): InlineHashes {
  try {
    return JSON.parse(readFileSync(join(dir, INLINE_HASHES_FILE), 'utf8')) as InlineHashes
  } catch {
    return NONE
  }
}

/** Hashed file names change with their content, so they are kept for good; the rest is revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'no-cache'
export const isHashedAsset = (pathname: string) => pathname.startsWith('/assets/')

/**
 * The `_headers` file: the same headers for static hosts. Each path gets one Cache-Control (hosts join the
 * values of several matching rules), so the revalidated paths are listed rather than caught by `/*`.
 */
export function toHeadersFile(inline: InlineHashes = NONE): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  const revalidated = [
    ...['/', '/index.html', '/404.html', '/shell.html', '/articles/*', '/data/*', '/favicon.svg'],
    ...['/service-worker.js', '/manifest.webmanifest', '/icons/*'],
    ...['/feed.xml', '/feeds/*', '/sitemap.xml', '/sitemaps/*', '/robots.txt'],
  ]
  return (
    [
      rule('/*', toSecurityHeaders(inline)),
      rule('/assets/*', { 'Cache-Control': IMMUTABLE }),
      ...revalidated.map((path) => rule(path, { 'Cache-Control': REVALIDATE })),
    ].join('\n\n') + '\n'
  )
}
