import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'
import {
  IMMUTABLE,
  isHashedAsset,
  readInlineHashes,
  REVALIDATE,
  toSecurityHeaders,
} from './security-headers.ts'

/**
 * Serves a built site: prerendered pages, assets, data and feeds, precompressed, with the security headers;
 * hashed assets are cached for good, everything else revalidated; unknown paths get the site's 404 page.
 */
export function createSiteHandler(dir: string) {
  // The policy allows the script and stylesheet this build inlined in its pages.
  const headers = Object.entries(toSecurityHeaders(readInlineHashes(dir)))
  const setSecurityHeaders = (res: ServerResponse) => {
    for (const [name, value] of headers) res.setHeader(name, value)
  }
  const files = sirv(dir, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', isHashedAsset(pathname) ? IMMUTABLE : REVALIDATE)
    },
  })
  return (req: IncomingMessage, res: ServerResponse) => {
    // Before anything is looked up, so that every answer carries them, a 304 or a 404 too.
    setSecurityHeaders(res)
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': REVALIDATE })
      createReadStream(join(dir, '404.html')).pipe(res)
    })
  }
}
