// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeAll, expect, test } from 'vitest'
import type { Article } from '../../lib/article.ts'
import { anArticle, reopenQuote } from './article.fixtures.ts'
import { ArticleAside } from './article-code.tsx'
import { ArticlePage } from './article-page.tsx'
import { articleQueryOptions, relatedQueryOptions } from './article-query.ts'

// The aside's code is deferred in the app; here it is loaded first, so the page renders in one pass.
beforeAll(async () => {
  await ArticleAside.load()
})

function renderArticle(article: Article) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  queryClient.setQueryData(articleQueryOptions(article.slug).queryKey, article)
  queryClient.setQueryData(relatedQueryOptions(article.slug).queryKey, [])
  const router = createMemoryRouter([{ path: '/articles/:slug', element: <ArticlePage /> }], {
    initialEntries: [`/articles/${article.slug}`],
  })
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return screen.getByRole('article', { name: article.title })
}

const crossheads = [
  { paragraph: 1, text: 'What the ministers agreed' },
  { paragraph: 2, text: 'How traders took it' },
]

test('the byline is shown led by "By", without repeating an outlet it names', () => {
  const page = renderArticle(
    anArticle({ byline: 'Jane Doe, Reuters', source: { file: 'news.txt', line: 1, outlet: 'Reuters' } }),
  )
  expect(within(page).getByText('By Jane Doe, Reuters')).toBeVisible()
  expect(within(page).queryByText(/Reuters.*Reuters/)).toBeNull()
})

test('a byline that starts with "By" is not given another', () => {
  const page = renderArticle(anArticle({ byline: 'By Our Correspondent' }))
  expect(within(page).getByText('By Our Correspondent')).toBeVisible()
})

test('an outlet the byline does not name is shown beside it, and alone when there is no byline', () => {
  const page = renderArticle(
    anArticle({ byline: 'Staff Reporter', source: { file: 'news.txt', line: 1, outlet: 'AFP' } }),
  )
  expect(within(page).getByText('By Staff Reporter · AFP')).toBeVisible()
})

test('an outlet alone is shown as the credit', () => {
  const page = renderArticle(anArticle({ source: { file: 'news.txt', line: 1, outlet: 'AFP' } }))
  expect(within(page).getByText('AFP')).toBeVisible()
  expect(within(page).queryByText(/^By /)).toBeNull()
})

test('the publication date stays a machine-readable time', () => {
  const page = renderArticle(anArticle({ byline: 'Jane Doe' }))
  expect(within(page).getByText('3 January 2021')).toHaveAttribute('datetime', '2021-01-03')
})

test('crossheads are level-2 headings standing before the paragraphs they head', () => {
  const article = anArticle({ headings: crossheads })
  const page = renderArticle(article)
  expect(within(page).getByRole('heading', { level: 1 })).toHaveTextContent(article.title)
  const headings = within(page).getAllByRole('heading', { level: 2 })
  expect(headings.map((h) => h.textContent)).toEqual(expect.arrayContaining(crossheads.map((h) => h.text)))
  for (const heading of crossheads) {
    const element = within(page).getByRole('heading', { level: 2, name: heading.text })
    expect(element.nextElementSibling).toHaveTextContent(article.paragraphs[heading.paragraph]!)
    expect(element.previousElementSibling).toHaveTextContent(article.paragraphs[heading.paragraph - 1]!)
  }
})

test('a crosshead past the last paragraph still shows, after it', () => {
  const page = renderArticle(anArticle({ headings: [{ paragraph: 9, text: 'Background' }] }))
  const heading = within(page).getByRole('heading', { level: 2, name: 'Background' })
  expect(heading.previousElementSibling).toHaveTextContent('Traders on both sides welcomed the news.')
})

test('crossheads do not move quotes: each is marked in its own paragraph under its id', () => {
  renderArticle(anArticle({ headings: crossheads, quotes: [reopenQuote] }))
  const mark = screen.getByText('will reopen next week')
  expect(mark).toHaveAttribute('id', 'quote-1')
  const paragraph = mark.closest('p')!
  expect(paragraph).toHaveTextContent(/^The crossing “will reopen next week/)
  expect(paragraph.previousElementSibling).toHaveTextContent('What the ministers agreed')
  expect(screen.getByRole('link', { name: '“will reopen next week”' })).toHaveAttribute(
    'href',
    '/articles/ministers-agree-to-reopen-the-border-crossing#quote-1',
  )
})

/** Each heading's level is at most one below the heading before it (axe's heading-order rule). */
function expectHeadingsInOrder() {
  const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)))
  expect(levels[0]).toBe(1)
  levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i]! + 1))
}

const headingCases: [string, Partial<Article>][] = [
  ['with quotes and crossheads', { quotes: [reopenQuote], headings: crossheads }],
  ['with crossheads and no quotes', { headings: crossheads }],
  ['with neither quotes nor crossheads', {}],
]
for (const [name, over] of headingCases) {
  test(`heading levels step down one at a time, ${name}`, () => {
    renderArticle(anArticle(over))
    expectHeadingsInOrder()
  })
}
