import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { createSiteHandler } from '../scripts/site-handler.ts'
import { expect, seed, test } from './fixtures.ts'

test.use({ serviceWorkers: 'allow' })

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** Once the service worker has taken over the page, what the page fetches next is kept for offline reading. */
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null)

test('after a first visit, with the network cut, the feed and a story opened before still open', async ({
  page,
  context,
}) => {
  const story = seed.islamabad
  await page.goto('/')
  await controlled(page)
  await page.getByRole('link', { name: story.title }).click()
  await expect(heading(page)).toHaveText(story.title)

  await context.setOffline(true)
  await page.goto('/')
  await expect(heading(page)).toHaveText('Latest news')
  await expect(page.getByRole('link', { name: seed.kabul.title })).toBeVisible()
  // From the feed, inside the app.
  await page.waitForLoadState('networkidle')
  await page.getByRole('link', { name: story.title }).click()
  await expect(heading(page)).toHaveText(story.title)
  await expect(page.getByText('Kallas').first()).toBeVisible()
  // And by its address: the app opens it from what was kept.
  await page.goto(`/articles/${story.slug}`)
  await expect(heading(page)).toHaveText(story.title)
  await expect(page.getByRole('region', { name: 'About this story' })).toBeVisible()
  // A story never opened cannot be read offline, and the page says so.
  await page.goto(`/articles/${seed.kabul.slug}`)
  await expect(heading(page)).toHaveText('This page could not be loaded')
})

test.describe('a new build', () => {
  let server: Server
  let base = ''
  let rebuilt = false

  // The built site, whose service worker becomes a new build's on demand: the same worker with a new revision
  // of the app's shell, as a build with any change to the app's code gives.
  test.beforeAll(async () => {
    const site = createSiteHandler('dist')
    const worker = await readFile('dist/service-worker.js', 'utf8')
    const next = worker.replace(
      /("?revision"?:\s*")([0-9a-f]{16})("\s*,\s*"?url"?:\s*"shell\.html")/,
      '$1fedcba987654321$3',
    )
    expect(next).not.toBe(worker)
    server = createServer((req, res) => {
      if (!rebuilt || !req.url?.startsWith('/service-worker.js')) return void site(req, res)
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' })
      res.end(next)
    })
    await new Promise<void>((done) => server.listen(0, done))
    base = `http://localhost:${(server.address() as AddressInfo).port}`
  })
  test.afterAll(() => new Promise<void>((done) => server.close(() => done())))

  test('the installed app says a new version is ready, and loads it when asked', async ({
    page,
    expectNoAxeViolations,
  }) => {
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Dateline is ready.' })
    await page.goto(`${base}/`)
    await controlled(page)
    await expect(heading(page)).toHaveText('Latest news')
    await expect(prompt).toHaveCount(0)

    rebuilt = true
    await page.reload()
    await expect(prompt).toBeVisible()
    await expectNoAxeViolations()
    await prompt.getByRole('button', { name: 'Update' }).click()
    // The page loads again from the new build's worker, and there is nothing more to update.
    await expect(prompt).toHaveCount(0)
    await expect(heading(page)).toHaveText('Latest news')
    await expect
      .poll(() =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
      )
      .toBeNull()
  })
})
