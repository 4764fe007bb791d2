// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { readRouterState, toJsonScript, toRouterStateScript } from './hydration.ts'

test('text that would close the element stays data', () => {
  const value = { title: '</script><script>alert(1)</script><!--' }
  document.body.innerHTML = toJsonScript('data', value)
  expect(document.querySelectorAll('script')).toHaveLength(1)
  expect(JSON.parse(document.getElementById('data')!.textContent!)).toEqual(value)
})

test('the router state is a JSON data block the app reads back', () => {
  document.body.innerHTML = toRouterStateScript({ loaderData: { '0-0-1': null }, actionData: null })
  const script = document.querySelector('script')!
  expect(script.type).toBe('application/json')
  expect(readRouterState()).toEqual({ loaderData: { '0-0-1': null }, actionData: null })
})
