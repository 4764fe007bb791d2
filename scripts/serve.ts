/** Serves the built app on PORT (default 4173). */
import { createServer } from 'node:http'
import { createSiteHandler } from './site-handler.ts'

const port = Number(process.env.PORT ?? 4173)
createServer(createSiteHandler('dist')).listen(port, () =>
  console.log(`Dateline is being served at http://localhost:${port}`),
)
