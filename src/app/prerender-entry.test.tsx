// @vitest-environment jsdom
import { within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { anArticle, reopenQuote } from '../features/article/article.fixtures.ts'
import { toQuotePage } from '../lib/quote-page.ts'
import { preloadArticle, preloadQuote, prerender, reactInlineScripts } from './prerender-entry.tsx'

test('the prerendered article page holds its byline, date and crossheads before any script runs', async () => {
  const article = anArticle({
    byline: 'Jane Doe',
    source: { file: 'news.txt', line: 1, outlet: 'AFP' },
    headings: [{ paragraph: 1, text: 'What the ministers agreed' }],
    quotes: [reopenQuote],
  })
  const { status, html } = await prerender(`/articles/${article.slug}`, (qc) =>
    preloadArticle(qc, article, []),
  )
  expect(status).toBe(200)
  // As a browser without JavaScript gets it: the server's markup, nothing run.
  document.body.innerHTML = html
  const page = within(document.body)
  const story = page.getByRole('article', { name: article.title })
  expect(within(story).getByText('By Jane Doe · AFP')).toBeInTheDocument()
  expect(within(story).getByText('3 January 2021')).toHaveAttribute('datetime', '2021-01-03')
  const crosshead = within(story).getByRole('heading', { level: 2, name: 'What the ministers agreed' })
  const quote = within(story).getByText('will reopen next week')
  expect(quote).toHaveAttribute('id', 'quote-1')
  expect(crosshead.nextElementSibling).toContainElement(quote)
})

test('a prerendered quote page holds the quote, its speaker and the way into the story, not the story', async () => {
  const article = anArticle({ quotes: [reopenQuote] })
  const page = toQuotePage(article, 'quote-1')!
  const { status, html, queryState } = await prerender(`/articles/${article.slug}/quotes/1`, (qc) =>
    preloadQuote(qc, page),
  )
  expect(status).toBe(200)
  document.body.innerHTML = html
  const body = within(document.body)
  expect(body.getByRole('heading', { level: 1 })).toHaveTextContent('“will reopen next week”')
  expect(body.getByRole('figure')).toHaveTextContent('— Foreign Minister')
  expect(body.getByRole('link', { name: 'Read it in the story' })).toHaveAttribute(
    'href',
    `/articles/${article.slug}#quote-1`,
  )
  expect(html + queryState).not.toContain('Traders on both sides')
})

test("a prerendered page carries its state as data only: no inline script to run but React's own, the same on every page", async () => {
  const article = anArticle()
  const { html, queryState } = await prerender(`/articles/${article.slug}`, (qc) =>
    preloadArticle(qc, article, []),
  )
  document.body.innerHTML = html + queryState
  const scripts = [...document.querySelectorAll('script')]
  expect(scripts.filter((script) => script.type === 'application/json').length).toBeGreaterThan(0)
  // React's listener that keeps a share button pressed before the page hydrates; allowed by its hash.
  const reacts = reactInlineScripts()
  expect(reacts).toHaveLength(1)
  for (const script of scripts)
    if (script.type !== 'application/json') expect(reacts).toContain(script.textContent)
})
