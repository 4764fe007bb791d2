/**
 * Adds the app's shell (`shell.html`, which the prerenderer writes after the Vite build) to the service
 * worker's precache: the page that opens any URL with no network and no kept copy, the app rendering it from
 * cached data. It is made from this build's index.html and code alone, so its revision is a hash of theirs.
 */
import { createHash } from 'node:crypto'
import type { ManifestTransform } from 'workbox-build'

export const offlineShell: ManifestTransform = async (entries) => {
  const hash = createHash('sha256')
  for (const entry of entries) hash.update(`${entry.url}:${entry.revision ?? ''}\n`)
  return { manifest: [...entries, { url: 'shell.html', revision: hash.digest('hex').slice(0, 16), size: 0 }] }
}
