import { e2eStories, expect, seed, test } from './fixtures.ts'

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

test('without JavaScript an article shows its date, byline and crossheads, and the feed its dates', async ({
  page,
}) => {
  const { highway, limes } = e2eStories
  await page.goto(`/articles/${limes.slug}`)
  const article = page.getByRole('article', { name: limes.title })
  await expect(article.getByRole('time')).toHaveAttribute('datetime', '2021-01-05')
  await expect(article.getByText('By Layla Al-Harthy, Staff Reporter')).toBeVisible()
  await expect(article.getByRole('heading', { level: 2, name: 'What the growers say' })).toBeVisible()
  await page.goto('/')
  const story = page.getByRole('article', { name: highway.title })
  await expect(story.getByRole('time')).toHaveText('3 January 2021')
  await expect(story.getByRole('time')).toHaveAttribute('datetime', '2021-01-03')
})

test('without JavaScript each filter value is a link to the feed filtered by it, by pointer or keyboard', async ({
  page,
}) => {
  await page.goto('/')
  const region = page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: /^Central Asia/ })
  await region.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/?region=central-asia')
  await page.goto('/')
  await page
    .getByRole('group', { name: 'Topic' })
    .getByRole('checkbox', { name: /^crime, law and justice/i })
    .click()
  await expect(page).toHaveURL('/?topic=crime-law-and-justice')
  await page.goto('/')
  await page
    .getByRole('group', { name: 'Country' })
    .getByRole('checkbox', { name: /Pakistan/ })
    .click()
  await expect(page).toHaveURL('/?country=pk')
})
