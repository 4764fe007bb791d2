/** Serves the built app: prerendered pages, assets and data, precompressed; unknown paths get the 404 page. */
import { createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import sirv from 'sirv'

const port = Number(process.env.PORT ?? 4173)
const files = sirv('dist', {
  extensions: ['html'],
  brotli: true,
  gzip: true,
  etag: true,
  setHeaders(res, pathname) {
    const immutable = pathname.startsWith('/assets/')
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
  },
})

createServer((req, res) =>
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
    createReadStream('dist/404.html').pipe(res)
  }),
).listen(port, () => console.log(`Dateline is being served at http://localhost:${port}`))
