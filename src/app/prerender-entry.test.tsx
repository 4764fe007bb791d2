// @vitest-environment jsdom
import { within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { anArticle, reopenQuote } from '../features/article/article.fixtures.ts'
import { preloadArticle, prerender } from './prerender-entry.tsx'

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
