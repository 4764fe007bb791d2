import type { Page } from '@playwright/test'
import { expect, panelHydrated, seed, test } from './fixtures.ts'

/** The stories of `e2e/content/` written to stand for what real news brings. */
const stories = {
  noQuotes: {
    slug: 'floodwater-recedes-from-river-islands-in-northern-bangladesh',
    title: 'Floodwater recedes from river islands in northern Bangladesh',
  },
  oneQuote: {
    slug: 'tashkent-bazaar-traders-move-into-a-new-covered-market-hall',
    title: 'Tashkent bazaar traders move into a new covered market hall',
  },
  fortyQuotes: {
    slug: 'almaty-residents-crowd-a-hearing-on-the-new-eastern-metro-line',
    title: 'Almaty residents crowd a hearing on the new eastern metro line',
  },
  noDateline: {
    slug: 'police-break-up-a-ring-selling-fake-exam-papers-to-students',
    title: 'Police break up a ring selling fake exam papers to students',
  },
  longHeadline: {
    slug: 'mongolias-herders-in-a-second-hard-winter-running-drive-their-flocks-hundreds-of-kilometres-south-across-frozen-steppe-while-emergency-fodder-depots-open-and-forecasters-warn-of-extraordinary-cold',
    title: /^Mongolia’?'?s herders, in a second hard winter running/,
  },
  arabicUrdu: {
    slug: 'dubais-night-buses-carry-workers-home-in-many-languages',
    title: 'Dubai’s night buses carry workers home in many languages',
  },
  fifteenCountries: {
    slug: 'fifteen-countries-sign-a-pact-to-share-river-and-glacier-data',
    title: 'Fifteen countries sign a pact to share river and glacier data',
  },
}

const feedStories = (page: Page) => page.getByRole('main').getByRole('article')
const topicGroup = (page: Page) => page.getByRole('group', { name: 'Topic' })
const countryGroup = (page: Page) => page.getByRole('group', { name: 'Country' })

/** Every page type, and every fixture story's article page. */
const pages: { name: string; url: string }[] = [
  { name: 'feed', url: '/' },
  { name: 'feed-filtered', url: '/?country=in&topic=water' },
  { name: 'feed-empty', url: '/?country=qa' },
  { name: 'not-found', url: '/articles/no-such-story' },
  { name: 'article-seed', url: `/articles/${seed.kabul.slug}` },
  ...Object.entries(stories).map(([name, { slug }]) => ({
    name: `article-${name}`,
    url: `/articles/${slug}`,
  })),
]

const views = [
  { width: 360, height: 780, scheme: 'light' },
  { width: 360, height: 780, scheme: 'dark' },
  { width: 1280, height: 900, scheme: 'light' },
  { width: 1280, height: 900, scheme: 'dark' },
] as const

for (const { name, url } of pages) {
  test(`${name}: no axe violations at 360px and desktop, light and dark, with screenshots`, async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.skip(test.info().project.name !== 'desktop', 'each test sets its own viewport sizes')
    // Four page loads and eight axe runs; the forty-quote story alone takes a while.
    test.setTimeout(120_000)
    for (const { width, height, scheme } of views) {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(url)
      await page.waitForLoadState('networkidle')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoAxeViolations()
      await page.screenshot({
        path: test.info().outputPath(`${name}-${width}-${scheme}.png`),
        fullPage: true,
      })
    }
  })
}

test('the phone drawer of filters has no axe violations, light and dark, with screenshots', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.skip(test.info().project.name !== 'desktop', 'the test sets a phone viewport itself')
  for (const scheme of ['light', 'dark'] as const) {
    await page.setViewportSize({ width: 360, height: 780 })
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/?topic=crime-law-and-justice')
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: /^Filters/ }).click()
    await expect(countryGroup(page)).toBeVisible()
    await expectNoAxeViolations()
    await page.screenshot({ path: test.info().outputPath(`drawer-360-${scheme}.png`), fullPage: true })
  }
})

test('a story with no quotes has a heading outline with no level skipped', async ({ page }) => {
  await page.goto(`/articles/${stories.noQuotes.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(stories.noQuotes.title)
  await expect(page.getByRole('region', { name: 'Who’s quoted' })).toHaveCount(0)
  const levels = await page
    .getByRole('heading')
    .evaluateAll((headings) =>
      headings.map((h) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1))),
    )
  expect(levels[0]).toBe(1)
  expect(levels.filter((level) => level === 1)).toHaveLength(1)
  levels.slice(1).forEach((level, i) => expect(level - levels[i]!).toBeLessThanOrEqual(1))
})

test('the feed entry of a story with no summary shows its opening words as a standfirst', async ({
  page,
}) => {
  await page.goto('/')
  const entry = feedStories(page).filter({ has: page.getByRole('heading', { name: stories.noQuotes.title }) })
  await expect(entry).toContainText(
    'Floodwater began to recede on Friday from the low river islands of the north',
  )
  await expect(entry.getByRole('listitem')).toHaveCount(
    await entry.getByRole('list', { name: 'Countries' }).getByRole('listitem').count(),
  )
})

test('quotes in Arabic and Urdu read right to left inside the English text', async ({ page }) => {
  await page.goto(`/articles/${stories.arabicUrdu.slug}`)
  const arabic = page.getByText(/^هذا الخط يختصر رحلتي إلى النصف/)
  const urdu = page.getByText(/^اب میں وقت پر گھر پہنچ جاتا ہوں/)
  for (const quote of [arabic, urdu]) {
    await expect(quote).toBeVisible()
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
  }
  // The paragraphs around them stay English, left to right.
  const paragraph = page.getByText(/said Khalid Al Mansoori/)
  expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
})

test('the topic tree opens and closes by keyboard, and a parent topic keeps the stories under its children', async ({
  page,
}) => {
  await page.goto('/')
  await panelHydrated(page)
  const crime = topicGroup(page).getByRole('checkbox', { name: /^crime, law and justice/i })
  const disclosure = topicGroup(page).getByRole('button', { name: /^Topics under crime, law and justice/i })
  await expect(crime).toBeVisible()
  await expect(topicGroup(page).getByRole('checkbox', { name: /^law enforcement/i })).toHaveCount(0)
  await disclosure.focus()
  await page.keyboard.press('Enter')
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true')
  await expect(topicGroup(page).getByRole('checkbox', { name: /^law enforcement/i })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false')
  await expect(topicGroup(page).getByRole('checkbox', { name: /^law enforcement/i })).toHaveCount(0)

  await page.goto('/?topic=police')
  // The prerendered feed is the unfiltered one: the filtered view shows once its code and data are in.
  await expect(crime).toBeChecked({ indeterminate: true })
  await expect(feedStories(page).getByRole('heading', { name: stories.noDateline.title })).toBeVisible()
  const policeStories = await feedStories(page).count()
  await crime.check()
  await expect(page).toHaveURL('/?topic=crime-law-and-justice,police')
  // Police chosen in its own right can be dropped: it stays in through its parent, checked and locked.
  const police = topicGroup(page).getByRole('checkbox', { name: /^police/i })
  await police.click()
  await expect(page).toHaveURL('/?topic=crime-law-and-justice')
  await expect(police).toBeChecked()
  await expect(police).toBeDisabled()
  await expect(feedStories(page).getByRole('heading', { name: stories.noDateline.title })).toBeVisible()
  expect(await feedStories(page).count()).toBeGreaterThanOrEqual(policeStories)
})

test('typing "pak" in "Find a country" leaves Pakistan, and says so', async ({ page }) => {
  await page.goto('/')
  await panelHydrated(page)
  const find = countryGroup(page).getByRole('searchbox', { name: 'Find a country' })
  await find.fill('pak')
  await expect(countryGroup(page).getByRole('checkbox')).toHaveCount(1)
  await expect(countryGroup(page).getByRole('checkbox', { name: /^Pakistan/ })).toBeVisible()
  await expect(countryGroup(page).getByRole('status')).toHaveText('1 country')
  await find.press('ArrowDown')
  await expect(countryGroup(page).getByRole('checkbox', { name: /^Pakistan/ })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL('/?country=pk')
})

test('the fifteen-country story is found under each of its countries', async ({ page }) => {
  for (const code of ['in', 'bd', 'np', 'kz', 'mn', 'eg', 'id']) {
    await page.goto(`/?country=${code}`)
    await expect(
      feedStories(page).getByRole('heading', { name: stories.fifteenCountries.title }),
    ).toBeVisible()
  }
})
