// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import type { FacetCount } from '../../lib/facets.ts'
import { FacetGroup } from './facet-group.tsx'

const topics: FacetCount[] = [
  { value: 'crime-law-and-justice', name: 'crime, law and justice', count: 3 },
  { value: 'law-enforcement', name: 'law enforcement', count: 2, parent: 'crime-law-and-justice' },
  { value: 'police', name: 'police', count: 1, parent: 'law-enforcement' },
  { value: 'weather', name: 'weather', count: 2 },
]

/** A box that cannot be used, as a disabled checkbox: marked disabled, with no link to follow or focus. */
function expectLocked(box: HTMLElement) {
  expect(box).toHaveAttribute('aria-disabled', 'true')
  expect(box).not.toHaveAttribute('href')
}

/** The group as the panel uses it: what is chosen comes back in through props, as from the URL. */
function Group({
  values,
  initial = [],
  noun,
}: {
  values: FacetCount[]
  initial?: string[]
  noun: [string, string]
}) {
  const [chosen, setChosen] = useState(initial)
  const toggle = (value: string) =>
    setChosen((now) => (now.includes(value) ? now.filter((v) => v !== value) : [...now, value]))
  return (
    <FacetGroup
      filterKey={noun[0] === 'topic' ? 'topic' : 'country'}
      legend={noun[0]}
      noun={noun}
      values={values}
      chosen={chosen}
      onToggle={toggle}
      tree={noun[0] === 'topic'}
    />
  )
}

test('top-level topics show first; a disclosure opens and closes the topics under one by keyboard', async () => {
  const user = userEvent.setup()
  render(<Group values={topics} noun={['topic', 'topics']} />)
  expect(screen.getByRole('checkbox', { name: /crime, law and justice/ })).toBeVisible()
  expect(screen.getByRole('checkbox', { name: /weather/ })).toBeVisible()
  expect(screen.queryByRole('checkbox', { name: /law enforcement/ })).not.toBeInTheDocument()

  const disclosure = screen.getByRole('button', { name: 'Topics under crime, law and justice' })
  expect(disclosure).toHaveAttribute('aria-expanded', 'false')
  disclosure.focus()
  await user.keyboard('{Enter}')
  expect(disclosure).toHaveAttribute('aria-expanded', 'true')
  expect(screen.getByRole('checkbox', { name: /law enforcement/ })).toBeVisible()
  await user.keyboard(' ')
  expect(disclosure).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryByRole('checkbox', { name: /law enforcement/ })).not.toBeInTheDocument()
})

test('a chosen topic deep in the tree is shown, and its ancestors as partly chosen', () => {
  render(<Group values={topics} noun={['topic', 'topics']} initial={['police']} />)
  expect(screen.getByRole('checkbox', { name: /police/ })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: /law enforcement/ })).toBePartiallyChecked()
  expect(screen.getByRole('checkbox', { name: /crime, law and justice/ })).toBePartiallyChecked()
  expect(screen.getByRole('checkbox', { name: /weather/ })).not.toBePartiallyChecked()
})

test('checking a parent topic shows everything under it as checked with it', async () => {
  const user = userEvent.setup()
  render(<Group values={topics} noun={['topic', 'topics']} />)
  await user.click(screen.getByRole('checkbox', { name: /crime, law and justice/ }))
  await user.click(screen.getByRole('button', { name: 'Topics under crime, law and justice' }))
  const child = screen.getByRole('checkbox', { name: /law enforcement/ })
  expect(child).toBeChecked()
  expectLocked(child)
})

const countries: FacetCount[] = [
  ...'Afghanistan Bangladesh Bhutan Egypt India Indonesia Kazakhstan Kyrgyzstan Maldives Mongolia Morocco Nepal'
    .split(' ')
    .map((name, i) => ({ value: `c${i}`, name, count: 1 })),
  { value: 'pk', name: 'Pakistan', count: 2 },
  { value: 'gb', name: 'United Kingdom', alt: ['UK', 'Great Britain'], count: 1 },
]

test('a long group finds values as one types, by other names too, and says how many match', async () => {
  const user = userEvent.setup()
  render(<Group values={countries} noun={['country', 'countries']} />)
  const find = screen.getByRole('searchbox', { name: 'Find a country' })
  await user.type(find, 'pak')
  expect(screen.getAllByRole('checkbox').map((box) => box.textContent)).toEqual(['Pakistan(2)'])
  expect(screen.getByRole('status')).toHaveTextContent('1 country')
  await user.clear(find)
  await user.type(find, 'brit')
  expect(screen.getByRole('checkbox', { name: /United Kingdom/ })).toBeVisible()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('checkbox', { name: /United Kingdom/ })).toHaveFocus()
  await user.keyboard(' ')
  expect(screen.getByRole('checkbox', { name: /United Kingdom/ })).toBeChecked()
})

test('Escape empties the find box and the whole list comes back', async () => {
  const user = userEvent.setup()
  render(<Group values={countries} noun={['country', 'countries']} />)
  await user.type(screen.getByRole('searchbox', { name: 'Find a country' }), 'zz')
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0)
  expect(screen.getByRole('status')).toHaveTextContent('0 countries')
  await user.keyboard('{Escape}')
  expect(screen.getAllByRole('checkbox')).toHaveLength(8)
})

test('a short group has no find box', () => {
  render(<Group values={topics} noun={['topic', 'topics']} />)
  expect(screen.queryByRole('searchbox')).not.toBeInTheDocument()
})

test('a topic chosen in its own right under a chosen parent can be unchecked, and stays in through its parent', async () => {
  const user = userEvent.setup()
  render(<Group values={topics} noun={['topic', 'topics']} initial={['crime-law-and-justice', 'police']} />)
  const police = screen.getByRole('checkbox', { name: /police/ })
  expect(police).not.toHaveAttribute('aria-disabled')
  await user.click(police)
  expect(police).toBeChecked()
  expectLocked(police)
})

test('each value is a link to its filter URL; a click, Space or Enter toggles it in place', async () => {
  const user = userEvent.setup()
  const followed: boolean[] = []
  const record = (event: Event) => followed.push(!event.defaultPrevented)
  document.addEventListener('click', record)
  try {
    render(<Group values={countries} noun={['country', 'countries']} />)
    const afghanistan = screen.getByRole('checkbox', { name: /Afghanistan/ })
    expect(afghanistan).toHaveAttribute('href', '/?country=c0')
    expect(afghanistan).not.toBeChecked()
    await user.click(afghanistan)
    expect(afghanistan).toBeChecked()
    expect(afghanistan).toHaveFocus()
    await user.keyboard(' ')
    expect(afghanistan).not.toBeChecked()
    await user.keyboard('{Enter}')
    expect(afghanistan).toBeChecked()
    // Toggled in the app: the link itself was never followed.
    expect(followed).not.toContain(true)
    expect(followed.length).toBeGreaterThan(0)
  } finally {
    document.removeEventListener('click', record)
  }
})

test('a modified click on a value is the link’s own ("open in a new tab"), and toggles nothing', async () => {
  const user = userEvent.setup()
  const followed: boolean[] = []
  const record = (event: Event) => {
    followed.push(!event.defaultPrevented)
    // The test page goes nowhere.
    event.preventDefault()
  }
  render(<Group values={countries} noun={['country', 'countries']} />)
  const afghanistan = screen.getByRole('checkbox', { name: /Afghanistan/ })
  document.addEventListener('click', record)
  try {
    await user.keyboard('{Control>}')
    await user.click(afghanistan)
    await user.keyboard('{/Control}')
    expect(afghanistan).not.toBeChecked()
    expect(followed).toEqual([true])
  } finally {
    document.removeEventListener('click', record)
  }
})
