import { expect, seed, test } from './fixtures.ts'

test.use({ javaScriptEnabled: false })

test('without JavaScript an article URL shows its headline, text and link-preview tags', async ({ page }) => {
  await page.goto(`/articles/${seed.kabul.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.kabul.title)
  await expect(page.locator('p', { hasText: 'Afghanistan has been a victim of terrorism' })).toBeVisible()
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', seed.kabul.title)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Officials met in Kabul/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/articles/${seed.kabul.slug}$`),
  )
})

test('without JavaScript the feed lists the stories', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: seed.islamabad.title })).toBeVisible()
})
