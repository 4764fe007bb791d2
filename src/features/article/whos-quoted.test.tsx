// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { expect, test } from 'vitest'
import type { Quote } from '../../lib/article.ts'
import { WhosQuoted } from './whos-quoted.tsx'

const quote = (n: number, text: string, speaker: Quote['speaker']): Quote => ({
  id: `quote-${n}`,
  paragraph: n,
  start: 0,
  end: text.length,
  text,
  partial: false,
  speaker,
})

const quotes = [
  quote(1, 'We will hold talks.', {
    name: 'Foreign Office',
    mention: 'the foreign office',
    kind: 'organization',
  }),
  quote(2, 'The border stays open.', { name: 'Amina Khan', mention: 'Khan', kind: 'person' }),
  quote(3, 'Trade will grow.', { name: 'Foreign Office', mention: null, kind: 'organization' }),
]

function renderPanel() {
  const router = createMemoryRouter(
    [
      {
        path: '/articles/:slug',
        element: <WhosQuoted quotes={quotes} title="Talks" quoteUrl={(id) => `/x#${id}`} />,
      },
    ],
    { initialEntries: ['/articles/talks'] },
  )
  render(<RouterProvider router={router} />)
  return router
}

test('each speaker is listed once with their kind and number of quotes', () => {
  renderPanel()
  const panel = screen.getByRole('region', { name: 'Who’s quoted' })
  const speakers = within(panel)
    .getAllByRole('listitem')
    .filter((li) => li.querySelector('p'))
  expect(speakers.map((li) => li.querySelector('p')?.textContent)).toEqual([
    'Foreign Office (organisation, 2 quotes)',
    'Amina Khan (person, 1 quote)',
  ])
})

test('choosing a quote links to it by its id', async () => {
  const router = renderPanel()
  await userEvent.click(screen.getByRole('link', { name: '“Trade will grow.”' }))
  expect(router.state.location.hash).toBe('#quote-3')
})

test('an article without quotes shows no panel', () => {
  const router = createMemoryRouter([
    { path: '/', element: <WhosQuoted quotes={[]} title="T" quoteUrl={() => ''} /> },
  ])
  render(<RouterProvider router={router} />)
  expect(screen.queryByRole('region', { name: 'Who’s quoted' })).toBeNull()
})
