import AxeBuilder from '@axe-core/playwright'
import { test as base, expect } from '@playwright/test'

type Fixtures = {
  /** Runs axe on the current page and fails with the list of violations, if any. */
  expectNoAxeViolations: () => Promise<void>
}

export const test = base.extend<Fixtures>({
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  },
})

export { expect }

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
