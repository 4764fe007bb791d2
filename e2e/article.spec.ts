import { expect, seed, test } from './fixtures.ts'

const kabul = `/articles/${seed.kabul.slug}`

test('quotes are marked where they stand and credited to their speakers', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto(kabul)
  const first = page.locator('#quote-1')
  await expect(first).toHaveText(/^A roadmap for preclusion of joint threats/)
  await expect(first).toHaveAccessibleDescription(/Directorate of National Security|NDS/)
  await expect(page.locator('#quote-6')).toHaveText(/^Government officials say that 22 foreign groups/)
  await expect(page.locator('#quote-6')).toHaveAccessibleDescription(/Wahidullah Ghazikhail/)

  const panel = page.getByRole('region', { name: 'Who’s quoted' })
  await expect(panel.getByText('Directorate of National Security', { exact: false }).first()).toBeVisible()
  await expect(panel.getByText('Wahidullah Ghazikhail', { exact: false }).first()).toBeVisible()

  await first.hover()
  await expect(page.getByText(/Said by Directorate of National Security/).first()).toBeVisible()
  await expectNoAxeViolations()
})

test('a cold load of a quote link shows that quote in view, marked @phone', async ({ page }) => {
  await page.goto(`${kabul}#quote-6`)
  const quote = page.locator('#quote-6')
  await expect(quote).toBeInViewport()
  await expect(quote).toHaveAttribute('data-active', 'true')
})

test('choosing a quote in the panel scrolls to it and marks it', async ({ page }) => {
  await page.goto(kabul)
  await page.getByRole('link', { name: /Afghanistan has been a victim of terrorism/ }).click()
  await expect(page).toHaveURL(new RegExp(`${kabul}#quote-7$`))
  await expect(page.locator('#quote-7')).toBeInViewport()
  await expect(page.locator('#quote-7')).toHaveAttribute('data-active', 'true')
})

test("sharing a quote without the Web Share API copies its quote page link and says so, even pressed before the panel's code is in", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.addInitScript(() => {
    // The fallback path: browsers without the Web Share API.
    Object.defineProperty(navigator, 'share', { value: undefined })
  })
  // The quotes panel's code is held back, as on a slow connection.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/article-aside-[^/]*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto(kabul)
  const copied = page.getByRole('status').filter({ hasText: 'Link copied' })
  // The story itself answers once its own code is in: a press on its share button is kept from then on.
  await expect(async () => {
    await page.getByRole('button', { name: 'Share article' }).click()
    await expect(copied).toHaveCount(1, { timeout: 500 })
  }).toPass()
  // The panel is still the server's HTML; its button is pressed now and answered when the code arrives.
  await page.getByRole('button', { name: 'Share quote 6' }).click()
  release()
  await expect(copied).toHaveCount(2)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${kabul}/quotes/6`)
})

test('a country chip opens the feed filtered by that country', async ({ page }) => {
  await page.goto(kabul)
  await page
    .getByRole('region', { name: 'About this story' })
    .getByRole('link', { name: 'Afghanistan', exact: true })
    .click()
  await expect(page).toHaveURL(/\/\?country=af$/)
  await expect(page.getByRole('link', { name: seed.kabul.title })).toBeVisible()
})

test('Tab reaches every quote and share control, each with a visible focus ring', async ({ page }) => {
  await page.goto(kabul)
  const quoteCount = await page.locator('[id^="quote-"]:not([id$="-speaker"])').count()
  expect(quoteCount).toBe(7)
  const reached = new Set<string>()
  for (let i = 0; i < 80 && reached.size < quoteCount * 2 + 1; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      const ring = style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
      return { name: el.id.startsWith('quote-') ? el.id : (el.textContent ?? ''), ring }
    })
    if (/^quote-\d+$|^Share (article|quote \d+)$/.test(focused.name)) {
      expect(focused.ring, `${focused.name} shows a focus ring`).toBe(true)
      reached.add(focused.name)
    }
  }
  for (let n = 1; n <= quoteCount; n++) {
    expect(reached).toContain(`quote-${n}`)
    expect(reached).toContain(`Share quote ${n}`)
  }
  expect(reached).toContain('Share article')
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['phone', { width: 360, height: 780 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    test(`screenshot of an article, ${device}, ${colorScheme}`, async ({
      page,
      expectNoAxeViolations,
    }, info) => {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme })
      await page.goto(`${kabul}#quote-6`)
      await expect(page.locator('#quote-6')).toBeInViewport()
      await expectNoAxeViolations()
      await page.screenshot({ path: info.outputPath(`article-${device}-${colorScheme}.png`), fullPage: true })
    })
  }
}
