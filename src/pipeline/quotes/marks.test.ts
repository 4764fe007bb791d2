import { expect, test } from 'vitest'
import { findMarks } from './marks.ts'

const roles = (text: string) =>
  findMarks(text).map((m) => `${m.ch}${m.canOpen ? 'o' : ''}${m.canClose ? 'c' : ''}`)

test('straight double marks open after space and close before punctuation', () => {
  expect(roles(`He said "no," then left.`)).toEqual(['"o', '"c'])
})

test('apostrophes inside words are not marks', () => {
  expect(roles(`don't Afghanistan's Tehran’s`)).toEqual([])
})

test('elided years and rock ’n’ roll are not marks', () => {
  expect(roles(`in the ’90s and '80s, rock ’n’ roll and rock 'n' roll`)).toEqual([])
})

test('a plural possessive can close but is marked weak', () => {
  const [mark] = findMarks(`the students’ union`)
  expect(mark).toMatchObject({ ch: '’', canOpen: false, canClose: true, weak: true })
})

test('a curly closing mark used as an opener is read as an opener', () => {
  expect(roles(`”Hello,” he said`)).toEqual(['”o', '”c'])
})

test('an inch mark after a number cannot open a quote', () => {
  expect(roles(`a 12" screen`)).toEqual(['"c'])
})
