import { expect, seed, test } from './fixtures.ts'

test('the feed lists both seed stories and a headline opens its article', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
  const kabul = page.getByRole('link', { name: seed.kabul.title })
  await expect(kabul).toBeVisible()
  await expect(page.getByRole('link', { name: seed.islamabad.title })).toBeVisible()
  await expectNoAxeViolations()

  await kabul.click()
  await expect(page).toHaveURL(`/articles/${seed.kabul.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.kabul.title)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.getByText('Counterterrorism officials from the United States, Pakistan')).toBeVisible()
})

test('a cold load of an article URL shows the article @phone', async ({ page, expectNoAxeViolations }) => {
  await page.goto(`/articles/${seed.islamabad.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.islamabad.title)
  await expect(page.getByText('ISLAMABAD', { exact: false }).first()).toBeVisible()
  await expect(page.getByText('Pakistan has consistently called for restraint')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expectNoAxeViolations()
})

test('hydrating a prerendered article fetches no data again', async ({ page }) => {
  const dataRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/data/')) dataRequests.push(request.url())
  })
  await page.goto(`/articles/${seed.kabul.slug}`)
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('heading', { level: 1, name: seed.kabul.title })).toBeVisible()
  // Neither the article nor its related stories: the page carries both.
  expect(dataRequests).toEqual([])
})

test('an unknown article shows the not-found page with a way back to the feed @phone', async ({
  page,
  expectNoAxeViolations,
}) => {
  const response = await page.goto('/articles/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expectNoAxeViolations()
  await page.getByRole('link', { name: 'Go to the latest news' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
})

test('an unknown path shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})

test('following a link to a missing article inside the app shows not found, not a blank page', async ({
  page,
}) => {
  await page.goto('/')
  await page.evaluate(() => {
    window.history.pushState({}, '', '/articles/gone-missing')
    window.dispatchEvent(new PopStateEvent('popstate'))
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})

test('a failed data load offers a retry that recovers', async ({ page }) => {
  await page.goto('/')
  // Until the feed has hydrated, a story's link is a plain link that loads its prerendered page.
  await page.waitForLoadState('networkidle')
  let fail = true
  await page.route('**/data/articles/**', (route) => (fail ? route.abort('failed') : route.continue()))
  await page.getByRole('link', { name: seed.islamabad.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible()
  fail = false
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.islamabad.title)
})
