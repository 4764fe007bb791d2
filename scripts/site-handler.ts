import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

/**
 * Serves a built site: prerendered pages, assets and data, precompressed; hashed assets are cached for good,
 * everything else revalidated; unknown paths get the site's 404 page.
 */
export function createSiteHandler(dir: string) {
  const files = sirv(dir, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(res, pathname) {
      const immutable = pathname.startsWith('/assets/')
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  return (req: IncomingMessage, res: ServerResponse) =>
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
      createReadStream(join(dir, '404.html')).pipe(res)
    })
}
