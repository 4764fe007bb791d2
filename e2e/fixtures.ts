import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

type Fixtures = {
  /** Runs axe (WCAG 2.1 AA and heading order) on the current page and fails with the violations, if any. */
  expectNoAxeViolations: () => Promise<void>
}

export const test = base.extend<Fixtures>({
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async () => {
      const wcag = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      // Heading order is a best practice rather than a WCAG rule, so the tags above leave it out.
      const headings = await new AxeBuilder({ page }).withRules(['heading-order']).analyze()
      expect(
        [...wcag.violations, ...headings.violations].map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    })
  },
})

export { expect }

/**
 * Waits for the feed's filter panel to have hydrated (`data-hydrated`, which the panel sets then): from
 * then on its boxes toggle in the app. Before, a box is a link to its filter URL, which loads the page anew.
 */
export const panelHydrated = (page: Page) =>
  expect(page.locator('#filter-panel')).toHaveAttribute('data-hydrated')

export const seed = {
  kabul: {
    slug: 'us-pakistani-afghan-counterterrorism-officials-draw-joint-strategy-on-addressing-threats',
    title: 'US, Pakistani, Afghan counterterrorism officials draw joint strategy on addressing threats',
  },
  islamabad: {
    slug: 'pakistan-urges-dialogue-on-iran-in-call-with-european-unions-vice-president',
    title: 'Pakistan urges dialogue on Iran in call with European Union’s vice president',
  },
}

/** The stories of `e2e/content/`, built beside the seed for the end-to-end tests. */
export const e2eStories = {
  highway: {
    slug: 'nepal-opens-hill-highway-to-market-traders',
    title: 'Nepal opens hill highway to market traders',
  },
  limes: {
    slug: 'omans-lime-growers-move-to-drip-watering',
    title: "Oman's lime growers move to drip watering",
  },
  tea: {
    slug: 'tea-growers-in-sri-lankas-hill-country-count-on-a-late-harvest',
    title: "Tea growers in Sri Lanka's hill country count on a late harvest",
  },
}
