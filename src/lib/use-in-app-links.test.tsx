// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { expect, test } from 'vitest'
import { useInAppLinks } from './use-in-app-links.ts'

function List() {
  const onClick = useInAppLinks()
  const { pathname } = useLocation()
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <ul onClick={onClick}>
      <li>
        <a href="/articles/kabul-talks">
          <span>Kabul talks</span>
        </a>
      </li>
      <li>
        <a href="https://example.org/elsewhere">Elsewhere</a>
      </li>
      <li>
        <a href="/articles/new-window" target="_blank">
          New window
        </a>
      </li>
      <li>Now at {pathname}</li>
    </ul>
  )
}

function renderList() {
  const router = createMemoryRouter([{ path: '*', Component: List }], { initialEntries: ['/'] })
  render(<RouterProvider router={router} />)
  return router
}

/** Clicks and tells whether the click was left to the browser (which jsdom, unable to navigate, is spared). */
function click(target: Element, init: MouseEventInit = {}): boolean {
  let leftToBrowser = false
  const after = (event: Event) => {
    leftToBrowser = !event.defaultPrevented
    event.preventDefault()
  }
  document.addEventListener('click', after)
  fireEvent.click(target, init)
  document.removeEventListener('click', after)
  return leftToBrowser
}

test('a plain click on a link to the site navigates inside the app', () => {
  const router = renderList()
  // The click lands on the text inside the link, as a reader's does.
  expect(click(screen.getByText('Kabul talks'))).toBe(false)
  expect(router.state.location.pathname).toBe('/articles/kabul-talks')
})

test('modified clicks, other sites and other windows are left to the browser', () => {
  const router = renderList()
  expect(click(screen.getByText('Kabul talks'), { ctrlKey: true })).toBe(true)
  expect(click(screen.getByText('Kabul talks'), { button: 1 })).toBe(true)
  expect(click(screen.getByText('Elsewhere'))).toBe(true)
  expect(click(screen.getByText('New window'))).toBe(true)
  expect(router.state.location.pathname).toBe('/')
})
