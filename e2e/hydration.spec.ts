import { test as base, expect, panelHydrated, seed } from './fixtures.ts'

type Watch = { removed: () => Promise<string[]>; errors: string[] }

/**
 * From before any script runs: every element taken out of the page (hydration that gave up the server's HTML
 * would replace it) and every error the console shows (React reports a hydration mismatch there).
 */
const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addInitScript(() => {
      const removed: string[] = []
      Object.assign(window, { removedElements: removed })
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.removedNodes)
            if (node instanceof Element) removed.push(node.outerHTML.slice(0, 120))
      }).observe(document, { childList: true, subtree: true })
    })
    await use({
      removed: () =>
        page.evaluate(() => (window as unknown as { removedElements: string[] }).removedElements),
      errors,
    })
  },
})

const kabul = `/articles/${seed.kabul.slug}`

for (const [name, path] of [
  ['the feed', '/'],
  ['an article', kabul],
  ['a quote page', `${kabul}/quotes/6`],
] as const) {
  test(`${name} hydrates on the server's HTML: nothing on screen is replaced, no error`, async ({
    page,
    watch,
  }) => {
    await page.goto(path)
    // By then the deferred parts have their code and are hydrated too.
    await page.waitForLoadState('networkidle')
    expect(await watch.removed()).toEqual([])
    expect(watch.errors).toEqual([])
  })
}

test('the feed’s deferred panel works once its code is in, with nothing replaced', async ({
  page,
  watch,
}) => {
  await page.goto('/')
  await panelHydrated(page)
  await page
    .getByRole('group', { name: 'Country' })
    .getByRole('checkbox', { name: /Afghanistan/ })
    .check()
  await expect(page).toHaveURL('/?country=af')
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1)
  expect(watch.errors).toEqual([])
})

test('an article’s aside works once its code is in: a quote link marks the quote', async ({
  page,
  watch,
}) => {
  await page.goto(kabul)
  await page.waitForLoadState('networkidle')
  await page
    .getByRole('region', { name: 'Who’s quoted' })
    .getByRole('link', { name: /Afghanistan has been a victim of terrorism/ })
    .click()
  await expect(page.locator('#quote-7')).toHaveAttribute('data-active', 'true')
  expect(await watch.removed()).toEqual([])
  expect(watch.errors).toEqual([])
})
