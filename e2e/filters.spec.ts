import { expect, panelHydrated, seed, test } from './fixtures.ts'
import type { Page } from '@playwright/test'

const stories = (page: Page) => page.getByRole('main').getByRole('article')
const countryGroup = (page: Page) => page.getByRole('group', { name: 'Country' })

test('a country in the URL shows only the stories datelined in or about it', async ({ page }) => {
  await page.goto('/?country=af')
  await expect(stories(page)).toHaveCount(1)
  await expect(page.getByRole('link', { name: seed.kabul.title })).toBeVisible()

  await page.goto('/?country=ir')
  await expect(stories(page)).toHaveCount(1)
  await expect(page.getByRole('link', { name: seed.islamabad.title })).toBeVisible()

  await page.goto('/?country=PK')
  await expect(stories(page)).toHaveCount(2)
  await expect(countryGroup(page).getByRole('checkbox', { name: /Pakistan/ })).toBeChecked()
})

test('a region in the URL filters by region', async ({ page }) => {
  await page.goto('/?region=central-asia')
  await expect(page.getByRole('link', { name: seed.kabul.title })).toBeVisible()
  await expect(page.getByRole('link', { name: seed.islamabad.title })).toHaveCount(0)
  // As many stories as the panel counts for Central Asia.
  const label = await page
    .getByRole('group', { name: 'Region' })
    .getByRole('checkbox', { name: /^Central Asia/ })
    .evaluate((box) => box.textContent ?? '')
  await expect(stories(page)).toHaveCount(Number(/\((\d+)\)/.exec(label)?.[1]))
})

test('a real country no story is about gives the empty state, which clears', async ({ page }) => {
  await page.goto('/')
  const all = await stories(page).count()
  await page.goto('/?country=qa')
  await expect(page.getByText('No stories match these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).toHaveURL('/')
  await expect(stories(page)).toHaveCount(all)
})

test('a value that names nothing is ignored with a notice', async ({ page }) => {
  await page.goto('/?country=zz,af')
  await expect(page.getByText("Unknown country code 'zz' ignored")).toBeVisible()
  await expect(stories(page)).toHaveCount(1)
})

test('checking a country writes the URL, Back undoes it, and the filter survives a visit to a story', async ({
  page,
}) => {
  await page.goto('/')
  await panelHydrated(page)
  const all = await stories(page).count()
  const afghanistan = countryGroup(page).getByRole('checkbox', { name: /Afghanistan/ })
  await afghanistan.check()
  await expect(page).toHaveURL('/?country=af')
  await expect(stories(page)).toHaveCount(1)
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Afghanistan')

  await page.getByRole('link', { name: seed.kabul.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.kabul.title)
  await page.goBack()
  await expect(page).toHaveURL('/?country=af')
  await expect(countryGroup(page).getByRole('checkbox', { name: /Afghanistan/ })).toBeChecked()
  await expect(stories(page)).toHaveCount(1)

  await page.goBack()
  await expect(page).toHaveURL('/')
  await expect(stories(page)).toHaveCount(all)
  await expect(countryGroup(page).getByRole('checkbox', { name: /Afghanistan/ })).not.toBeChecked()
})

test('a value clicked before the panel has hydrated opens the feed filtered by it', async ({ page }) => {
  // The app's code is held back until the click, so the click lands on the page as the server sent it.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/*.js', async (route) => {
    await held
    // A request of the page the click left is gone by then.
    await route.continue().catch(() => {})
  })
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  const pakistan = countryGroup(page).getByRole('checkbox', { name: /Pakistan/ })
  await expect(pakistan).not.toBeChecked()
  await expect(page.locator('#filter-panel')).not.toHaveAttribute('data-hydrated')
  await pakistan.click()
  await expect(page).toHaveURL('/?country=pk')
  release()
  await expect(pakistan).toBeChecked()
  await expect(stories(page)).toHaveCount(2)
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Pakistan')
  // Hydrated by now: the next box toggles in the app.
  await panelHydrated(page)
  await countryGroup(page)
    .getByRole('checkbox', { name: /Afghanistan/ })
    .check()
  await expect(page).toHaveURL('/?country=af,pk')
})

test('clicking a country on the map toggles its filter', async ({ page }) => {
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: 'Show map' }).click()
  // The map is a pointer shortcut hidden from assistive technology, so it is found by its data attribute.
  const afghanistan = page.locator('path[data-country="af"]')
  await afghanistan.click()
  await expect(page).toHaveURL('/?country=af')
  await expect(stories(page)).toHaveCount(1)
  await afghanistan.click()
  await expect(page).toHaveURL('/')
})

test('searching finds a story by a name in its text and marks the word', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('Kallas')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/?q=Kallas')
  await expect(stories(page)).toHaveCount(1)
  await expect(page.getByRole('link', { name: seed.islamabad.title })).toBeVisible()
  await expect(stories(page).locator('mark').first()).toHaveText('Kallas')
})

test('keyboard: / focuses search, j moves through stories, ? lists the shortcuts', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('searchbox', { name: 'Search stories' })
  // Shortcuts work once the page has hydrated; until then the key does nothing, so it is pressed again.
  await expect(async () => {
    await page.keyboard.press('/')
    await expect(search).toBeFocused({ timeout: 500 })
  }).toPass()
  await page.getByRole('heading', { level: 1 }).click()
  const headlines = stories(page).getByRole('heading', { level: 2 }).getByRole('link')
  await page.keyboard.press('j')
  await expect(headlines.nth(0)).toBeFocused()
  await page.keyboard.press('j')
  await expect(headlines.nth(1)).toBeFocused()
  await page.keyboard.press('k')
  await expect(headlines.nth(0)).toBeFocused()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
})

test('the first load of the feed fetches no data while hydrating', async ({ page }) => {
  const data: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/data/')) data.push(new URL(request.url()).pathname)
  })
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  expect(data).toEqual([])
})

test('the first filter loads only the chosen value, a second value the whole index, and both agree', async ({
  page,
}) => {
  const data: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/data/facets/')) data.push(new URL(request.url()).pathname)
  })
  await page.goto('/')
  // Toggled in the app: before the panel has hydrated, a box is a link that loads the filtered page anew.
  await panelHydrated(page)
  await countryGroup(page)
    .getByRole('checkbox', { name: /Pakistan/ })
    .click()
  await expect(page).toHaveURL('/?country=pk')
  await expect(stories(page)).toHaveCount(2)
  expect(data).toContain('/data/facets/values/country/pk.json')
  // Pointing at a second value loads nothing large: the whole index waits for a change that needs it.
  await countryGroup(page)
    .getByRole('checkbox', { name: /Afghanistan/ })
    .hover()
  await page.waitForTimeout(300)
  await page.waitForLoadState('networkidle')
  expect(data).not.toContain('/data/facets/index.json')

  await countryGroup(page)
    .getByRole('checkbox', { name: /Afghanistan/ })
    .check()
  await expect(page).toHaveURL('/?country=af,pk')
  await expect.poll(() => data).toContain('/data/facets/index.json')
  await page.waitForLoadState('networkidle')
  const both = await stories(page).allTextContents()
  expect(both.length).toBeGreaterThanOrEqual(2)
  await countryGroup(page)
    .getByRole('checkbox', { name: /Afghanistan/ })
    .uncheck()
  await expect(page).toHaveURL('/?country=pk')
  await expect(stories(page)).toHaveCount(2)

  // Opened directly, each URL shows what the clicks showed.
  await page.goto('/?country=af,pk')
  await page.waitForLoadState('networkidle')
  expect(await stories(page).allTextContents()).toEqual(both)
})

test('a filtered view shows its stories without waiting for the panel’s code, and the panel once it is in', async ({
  page,
}) => {
  // The code of the feed's controls (the panel and the map's toggle) is held until the stories are shown.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/feed-controls-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/?country=pk')
  await expect(page.getByText('2 stories of')).toBeVisible()
  await expect(stories(page)).toHaveCount(2)
  await expect(page.getByText('Loading filters…')).toBeVisible()
  release()
  await panelHydrated(page)
  await expect(countryGroup(page).getByRole('checkbox', { name: /Pakistan/ })).toBeChecked()
  await expect(page.getByRole('button', { name: 'Show map' })).toBeVisible()
  await expect(page.getByText('Loading filters…')).toHaveCount(0)
})

test('the filter panel has no axe violations on desktop', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/?country=pk')
  await expect(countryGroup(page)).toBeVisible()
  await expectNoAxeViolations()
})

test('on a phone the filters are a drawer, with no axe violations when open @phone', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.skip(test.info().project.name !== 'phone', 'on desktop the panel is always shown beside the feed')
  await page.goto('/')
  await panelHydrated(page)
  await expect(countryGroup(page)).toBeHidden()
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(countryGroup(page)).toBeVisible()
  await expectNoAxeViolations()
  await countryGroup(page)
    .getByRole('checkbox', { name: /Afghanistan/ })
    .check()
  await expect(page).toHaveURL('/?country=af')
  await expect(countryGroup(page)).toBeVisible()
})
