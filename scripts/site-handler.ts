import compression from 'compression'
import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { constants } from 'node:zlib'
import sirv from 'sirv'
import { SERVED } from './compress.ts'
import {
  IMMUTABLE,
  isHashedAsset,
  readInlineHashes,
  REVALIDATE,
  toSecurityHeaders,
} from './security-headers.ts'

/**
 * Serves a built site: prerendered pages, assets, data and feeds, with the security headers; what the build
 * compressed is sent precompressed, and a story's pages and data files (which it leaves uncompressed:
 * `isCompressible` in compress.ts) are compressed as they are sent. Hashed assets are cached for good,
 * everything else revalidated; unknown paths get the site's 404 page.
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
  // An answer already compressed (a file sent with its `.br` or `.gz`) is left as it is.
  const compress = compression({
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: SERVED.brotliQuality } },
    level: SERVED.gzipLevel,
  }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  return (req: IncomingMessage, res: ServerResponse) => {
    // Before anything is looked up, so that every answer carries them, a 304 or a 404 too.
    setSecurityHeaders(res)
    compress(req, res, () =>
      files(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': REVALIDATE })
        createReadStream(join(dir, '404.html')).pipe(res)
      }),
    )
  }
}
