import { existsSync } from 'node:fs'

/** Debian's Chromium where it is installed (or CHROMIUM_PATH); undefined: Playwright's own browser. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** Runs as root need no sandbox; the rest keeps the browser off the network while it is measured or tested. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
