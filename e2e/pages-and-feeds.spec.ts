import { expect, test } from './fixtures.ts'

// Stories of `e2e/content/` that come from a saved web page and from an RSS feed.
const fromPage = 'Nepal opens its first glacier watch station'
const fromFeed = 'Ferry service resumes on the lagoon at Colombo'

test('a story from a saved web page opens with its text, byline, outlet and date', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: fromPage }).click()
  await expect(page.getByRole('heading', { level: 1, name: fromPage })).toBeVisible()
  await expect(page.getByText(/Nepal opened its first station to watch a glacial lake/)).toBeVisible()
  await expect(page.getByText(/Karma Dorji/).first()).toBeVisible()
  await expect(page.getByText(/Himalaya Herald/).first()).toBeVisible()
  // The page's furniture is not the story's text.
  await expect(page.getByText(/Get the Herald in your inbox/)).toHaveCount(0)
  await expect(page.getByText(/Photo: Herald staff/)).toHaveCount(0)
  await expectNoAxeViolations()
})

test('a story from a feed opens with its quote credited', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/')
  await page.getByRole('link', { name: fromFeed }).click()
  await expect(page.getByRole('heading', { level: 1, name: fromFeed })).toBeVisible()
  await expect(page.locator('#quote-1')).toHaveText(/^The boats are full from the first crossing/)
  await expect(page.locator('#quote-1')).toHaveAccessibleDescription(/Khamla Sisavath/)
  await expect(page.getByText(/Lagoon Mail/).first()).toBeVisible()
  await expectNoAxeViolations()
})
