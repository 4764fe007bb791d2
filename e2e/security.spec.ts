import { test as base, expect, panelHydrated, seed } from './fixtures.ts'

const kabul = `/articles/${seed.kabul.slug}`

/** Every Content Security Policy violation the pages report, across navigations. */
const test = base.extend<{ violations: string[] }>({
  violations: async ({ page }, use) => {
    const violations: string[] = []
    await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation
        void report(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
        )
      })
    })
    await use(violations)
  },
})

test('every page is served with the security headers, and hashed assets are cached for good', async ({
  request,
}) => {
  const page = await request.get(kabul)
  const csp = page.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive)
  expect(page.headers()['x-content-type-options']).toBe('nosniff')
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(page.headers()['cache-control']).toBe('no-cache')

  const html = await page.text()
  const asset = html.match(/"(\/assets\/[^"]+\.js)"/)?.[1] ?? ''
  const script = await request.get(asset)
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(script.headers()['x-content-type-options']).toBe('nosniff')

  for (const path of ['/data/facets/counts.json', '/feed.xml', '/sitemap.xml', '/no-such-page']) {
    const response = await request.get(path)
    expect(response.headers()['content-security-policy'], path).toBe(csp)
    expect(response.headers()['cache-control'], path).toBe('no-cache')
  }
})

test('the policy is enforced: an inline script is blocked and reported', async ({ page, violations }) => {
  await page.goto('/')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'document.title = "injected"'
    document.body.append(script)
  })
  await expect.poll(() => violations.length).toBe(1)
  expect(violations[0]).toMatch(/^script-src/)
  await expect(page).not.toHaveTitle('injected')
})

test('the feed filters, searches and shows the map with the policy enforced and no violation', async ({
  page,
  violations,
}) => {
  await page.goto('/')
  await panelHydrated(page)
  await page
    .getByRole('group', { name: 'Country' })
    .getByRole('checkbox', { name: /Afghanistan/ })
    .check()
  await expect(page).toHaveURL('/?country=af')
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1)
  await page.getByRole('button', { name: 'Show map' }).click()
  await expect(page.locator('path[data-country="af"]')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('Kallas')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/q=Kallas/)
  await page.goto('/?region=central-asia')
  await expect(page.getByRole('link', { name: seed.kabul.title })).toBeVisible()
  expect(violations).toEqual([])
})

test('an article, a quote page and the not-found page load and navigate with no violation', async ({
  page,
  violations,
}) => {
  await page.goto(kabul)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.kabul.title)
  await page.getByRole('link', { name: /Afghanistan has been a victim of terrorism/ }).click()
  await expect(page.locator('#quote-7')).toHaveAttribute('data-active', 'true')
  await page.goto(`${kabul}/quotes/6`)
  await page.getByRole('link', { name: 'Read it in the story' }).click()
  await expect(page.locator('#quote-6')).toBeInViewport()
  await page
    .getByRole('region', { name: 'About this story' })
    .getByRole('link', { name: 'Afghanistan', exact: true })
    .click()
  await expect(page).toHaveURL('/?country=af')
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.goto(`${kabul}/quotes/99`)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  expect(violations).toEqual([])
})

test('the build writes the same rules for static hosts in _headers', async ({ request }) => {
  const served = (await request.get('/')).headers()
  const rules = await (await request.get('/_headers')).text()
  // Netlify and Cloudflare Pages format: a path, then its headers indented below it.
  const block = (path: string) => rules.split('\n\n').find((b) => b.split('\n')[0] === path) ?? ''
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy'])
    expect(block('/*')).toContain(`  ${name}: ${served[name.toLowerCase()]}`)
  expect(block('/assets/*')).toContain('  Cache-Control: public, max-age=31536000, immutable')
  for (const path of ['/', '/articles/*', '/data/*', '/feeds/*', '/sitemap.xml'])
    expect(block(path), path).toContain('  Cache-Control: no-cache')
  // One Cache-Control per path: hosts join the values of several matching rules.
  expect(block('/*')).not.toContain('Cache-Control')
})
