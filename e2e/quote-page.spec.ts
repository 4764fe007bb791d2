import { expect, seed, test } from './fixtures.ts'
import type { Page } from '@playwright/test'

const kabul = `/articles/${seed.kabul.slug}`
const quote6 = `${kabul}/quotes/6`

/** The page's JSON-LD blocks, parsed. */
const structuredData = (page: Page) =>
  page
    .locator('script[type="application/ld+json"]')
    .allTextContents()
    .then((texts) => texts.map((text) => JSON.parse(text) as Record<string, unknown>))

test('a quote page previews as the quote and its speaker, and is its own canonical page', async ({
  page,
}) => {
  await page.goto(quote6)
  const title = page.locator('meta[property="og:title"]')
  await expect(title).toHaveAttribute(
    'content',
    /^“Government officials say that 22 foreign groups.*” — Wahidullah Ghazikhail$/,
  )
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute(
    'content',
    /22 foreign groups.* — Wahidullah Ghazikhail$/,
  )
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    new RegExp(seed.kabul.title),
  )
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${quote6}$`))
  await expect(page).toHaveTitle(/^“Government officials say.*” — Wahidullah Ghazikhail — Dateline$/)
  expect(await structuredData(page)).toEqual([
    expect.objectContaining({
      '@type': 'Quotation',
      text: expect.stringMatching(/^Government officials say that 22 foreign groups/),
      creator: { '@type': 'Person', name: 'Wahidullah Ghazikhail' },
      isPartOf: expect.objectContaining({
        '@type': 'NewsArticle',
        headline: seed.kabul.title,
        url: expect.stringMatching(new RegExp(`${kabul}$`)),
      }),
    }),
  ])
})

test('a quote page shows the quote, its speaker and paragraph, and links into the story at the quote', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto(quote6)
  const quote = page.getByRole('article')
  await expect(quote.getByRole('heading', { level: 1 })).toHaveText(
    /^“Government officials say that 22 foreign groups .* fight here”$/,
  )
  await expect(quote.getByRole('figure')).toContainText('— Wahidullah Ghazikhail')
  await expect(quote.getByText(/he told Arab News\.$/)).toBeVisible()
  await expect(quote.getByRole('link', { name: seed.kabul.title })).toHaveAttribute('href', kabul)
  // The page carries the quote, not the story: another paragraph of the story is nowhere in it.
  expect(await page.content()).not.toContain('Afghanistan has been a victim of terrorism')
  await expectNoAxeViolations()

  await quote.getByRole('link', { name: 'Read it in the story' }).click()
  await expect(page).toHaveURL(new RegExp(`${kabul}#quote-6$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.kabul.title)
  await expect(page.locator('#quote-6')).toBeInViewport()
  await expect(page.locator('#quote-6')).toHaveAttribute('data-active', 'true')
})

test('a quote number the story does not have is the not-found page, with status 404', async ({ page }) => {
  for (const n of ['99', '0', '06']) {
    const response = await page.goto(`${kabul}/quotes/${n}`)
    expect(response?.status(), n).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  }
})

test('an article page carries a NewsArticle naming its headline, places, topics and people', async ({
  page,
}) => {
  await page.goto(kabul)
  const [article] = await structuredData(page)
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: seed.kabul.title,
    url: expect.stringMatching(new RegExp(`${kabul}$`)),
    dateline: 'Kabul',
  })
  expect(article?.contentLocation).toContainEqual(
    expect.objectContaining({ '@type': 'Country', name: 'Afghanistan' }),
  )
  expect(article?.about).toContainEqual(expect.objectContaining({ name: 'terrorism' }))
  expect(article?.mentions).toContainEqual({ '@type': 'Person', name: 'Wahidullah Ghazikhail' })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('a quote page shows the quote and its way into the story', async ({ page }) => {
    await page.goto(quote6)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/22 foreign groups/)
    await expect(page.getByRole('link', { name: 'Read it in the story' })).toHaveAttribute(
      'href',
      `${kabul}#quote-6`,
    )
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['phone', { width: 360, height: 780 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    test(`screenshot of a quote page, ${device}, ${colorScheme}`, async ({
      page,
      expectNoAxeViolations,
    }, info) => {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme })
      await page.goto(quote6)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // Nothing wider than the screen: a long quote wraps.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      )
      await expectNoAxeViolations()
      await page.screenshot({ path: info.outputPath(`quote-${device}-${colorScheme}.png`), fullPage: true })
    })
  }
}
