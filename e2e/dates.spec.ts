import { e2eStories, expect, seed, test } from './fixtures.ts'

const { highway, limes, tea } = e2eStories

test('the feed shows each story’s publication date and puts dated stories first, newest first', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/')
  const story = (title: string) => page.getByRole('main').getByRole('article', { name: title })
  const date = story(highway.title).getByRole('time')
  await expect(date).toHaveText('3 January 2021')
  await expect(date).toHaveAttribute('datetime', '2021-01-03')
  await expect(story(limes.title).getByRole('time')).toHaveAttribute('datetime', '2021-01-05')
  // Undated stories have no date to show, and come after the dated ones in the order they were read.
  await expect(story(tea.title).getByRole('time')).toHaveCount(0)
  const headlines = page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 })
  // Other stories of the test content stand between these; their order among themselves is what counts.
  const order = [limes.title, highway.title, seed.kabul.title, seed.islamabad.title, tea.title]
  await expect(headlines.filter({ hasText: limes.title })).toBeVisible()
  const shown = await headlines.allTextContents()
  expect(shown.filter((title) => order.includes(title))).toEqual(order)
  await expectNoAxeViolations()
})

test('an article page shows its publication date beside the dateline @phone', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto(`/articles/${highway.slug}`)
  const article = page.getByRole('article', { name: highway.title })
  await expect(article.getByText('Kathmandu, Nepal')).toBeVisible()
  const date = article.getByRole('time')
  await expect(date).toHaveText('3 January 2021')
  await expect(date).toHaveAttribute('datetime', '2021-01-03')
  await expect(page.locator('#quote-1')).toHaveAccessibleDescription(/Maya Gurung/)
  await expectNoAxeViolations()
})

test('an article shows its byline and crossheads, and its quote link still lands on the quote @phone', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto(`/articles/${limes.slug}`)
  const article = page.getByRole('article', { name: limes.title })
  await expect(article.getByText('By Layla Al-Harthy, Staff Reporter')).toBeVisible()
  await expect(article.getByRole('time')).toHaveAttribute('datetime', '2021-01-05')
  await expect(article.getByRole('heading', { level: 2, name: 'What the growers say' })).toBeVisible()
  await expect(article.getByRole('heading', { level: 2, name: 'What comes next' })).toBeVisible()
  await expectNoAxeViolations()

  await page.getByRole('link', { name: /We pay for the pipes/ }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/${limes.slug}#quote-1$`))
  const quote = page.locator('#quote-1')
  await expect(quote).toHaveText('We pay for the pipes in two seasons from the water we save,')
  await expect(quote).toBeInViewport()
  await expect(quote).toHaveAttribute('data-active', 'true')
})

test('an article without quotes or a date has no axe violations', async ({ page, expectNoAxeViolations }) => {
  await page.goto(`/articles/${tea.slug}`)
  const article = page.getByRole('article', { name: tea.title })
  await expect(article.getByText(/^Tea estates in the central highlands/)).toBeVisible()
  await expect(article.getByRole('time')).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Who’s quoted' })).toHaveCount(0)
  await expectNoAxeViolations()
})
