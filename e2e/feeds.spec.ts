import { expect, seed, test } from './fixtures.ts'
import type { APIRequestContext, Page } from '@playwright/test'

/** The items of an RSS feed (title and link), read with the browser's XML parser. */
async function readFeed(page: Page, request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toMatch(/xml/)
  const xml = await response.text()
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    if (doc.querySelector('parsererror')) throw new Error('not well-formed XML')
    return {
      version: doc.documentElement.getAttribute('version'),
      title: doc.querySelector('channel > title')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        categories: [...item.querySelectorAll('category')].map((c) => c.textContent),
      })),
    }
  }, xml)
}

const titles = (feed: { items: { title: string }[] }) => feed.items.map((item) => item.title)

/** Waits until the feed page at `path` shows exactly `expected` headlines (in any order). */
async function expectShown(page: Page, path: string, expected: string[]): Promise<void> {
  await page.goto(path)
  const headlines = page.getByRole('article').getByRole('heading', { level: 2 })
  await expect
    .poll(async () => (await headlines.allTextContents()).map((t) => t.trim()).sort())
    .toEqual([...expected].sort())
}

test('/feed.xml is RSS 2.0 of the newest stories, with absolute links and categories', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const feed = await readFeed(page, request, '/feed.xml')
  expect(feed.version).toBe('2.0')
  expect(titles(feed)).toEqual(expect.arrayContaining([seed.kabul.title, seed.islamabad.title]))
  const kabul = feed.items.find((item) => item.title === seed.kabul.title)
  expect(kabul?.link).toMatch(new RegExp(`^https?://[^/]+/articles/${seed.kabul.slug}$`))
  expect(kabul?.categories).toEqual(expect.arrayContaining(['Afghanistan', 'terrorism']))
})

test('a feed per country, region and topic holds what that filter shows', async ({ page, request }) => {
  await page.goto('/')
  expect(titles(await readFeed(page, request, '/feeds/country/af.xml'))).toEqual([seed.kabul.title])
  const centralAsia = titles(await readFeed(page, request, '/feeds/region/central-asia.xml'))
  expect(centralAsia).toContain(seed.kabul.title)
  await expectShown(page, '/?region=central-asia', centralAsia)
  const diplomacy = titles(await readFeed(page, request, '/feeds/topic/diplomacy.xml'))
  expect(diplomacy).toContain(seed.islamabad.title)
  expect(diplomacy).not.toContain(seed.kabul.title)
  // A real value with no story yet is a feed to follow, empty for now.
  expect((await readFeed(page, request, '/feeds/country/qa.xml')).items).toEqual([])
  expect((await request.get('/feeds/country/zz.xml')).status()).toBe(404)
})

test('the feed page and an article page offer their feeds to feed readers', async ({ page, request }) => {
  await page.goto('/')
  const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]')
  await expect(alternate).toHaveAttribute('href', /\/feed\.xml$/)
  await page.goto(`/articles/${seed.kabul.slug}`)
  const hrefs = await alternate.evaluateAll((links) =>
    links.map((l) => new URL(l.getAttribute('href')!).pathname),
  )
  expect(hrefs).toContain('/feeds/country/af.xml')
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200)
})

test('the filter panel offers to follow a single-value filter as RSS', async ({ page, request }) => {
  await page.goto('/?region=central-asia')
  const follow = page.getByRole('link', { name: 'Follow this filter (RSS)' })
  await expect(follow).toHaveAttribute('href', '/feeds/region/central-asia.xml')
  const followed = titles(await readFeed(page, request, (await follow.getAttribute('href'))!))
  await expectShown(page, '/?region=central-asia', followed)

  await page.goto('/?region=central-asia&country=pk')
  await expect(page.getByRole('link', { name: seed.kabul.title })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Follow this filter (RSS)' })).toHaveCount(0)
  await page.goto('/?region=central-asia&q=Kabul')
  await expect(page.getByRole('link', { name: seed.kabul.title })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Follow this filter (RSS)' })).toHaveCount(0)
})

test('the sitemap index lists sitemaps that list every article, and robots.txt points at it', async ({
  page,
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text()
  const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1]
  expect(sitemapUrl).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/)
  await page.goto('/')
  const locs = async (path: string) => {
    const xml = await (await request.get(path)).text()
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      return {
        root: doc.documentElement.localName,
        locs: [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? ''),
      }
    }, xml)
  }
  const index = await locs(new URL(sitemapUrl!).pathname)
  expect(index.root).toBe('sitemapindex')
  expect(index.locs.length).toBeGreaterThan(0)
  const urls = (await Promise.all(index.locs.map((loc) => locs(new URL(loc).pathname)))).flatMap(
    (s) => s.locs,
  )
  expect(urls.map((url) => new URL(url).pathname)).toEqual(
    expect.arrayContaining([`/articles/${seed.kabul.slug}`, `/articles/${seed.islamabad.slug}`]),
  )
})
