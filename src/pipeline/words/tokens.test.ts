import { expect, test } from 'vitest'
import { isAcronym, isPossessive, isWordToken, stripPossessive, tokenize } from './tokens.ts'

test('words keep inner apostrophes, dots, hyphens and slashes; punctuation stands alone', () => {
  expect(tokenize(`Afghanistan's U.S. Al-Qaeda DPM/FM (NDS),`).map((t) => t.text)).toEqual([
    "Afghanistan's",
    'U.S',
    '.',
    'Al-Qaeda',
    'DPM/FM',
    '(',
    'NDS',
    ')',
    ',',
  ])
})

test('a window gives offsets into the whole text and cuts a word at its edge', () => {
  const text = 'the foreign office said'
  expect(tokenize(text, 4, 14).map((t) => [t.text, t.start])).toEqual([
    ['foreign', 4],
    ['of', 12],
  ])
  expect(tokenize(text, 6, 10).map((t) => t.text)).toEqual(['reig'])
})

test('tokens carry a lower-case key without possessive or dots', () => {
  expect(tokenize(`Union’s Gen. U.S`).map((t) => [t.key, t.cap])).toEqual([
    ['union', true],
    ['gen', true],
    ['', false],
    ['us', true],
  ])
})

test('acronyms and possessives are recognised', () => {
  expect(['NDS', 'ACSSR', 'U.S', 'Nds', 'A'].map(isAcronym)).toEqual([true, true, true, false, false])
  expect(isPossessive('Tehran’s')).toBe(true)
  expect(stripPossessive('students’')).toBe('students’')
})

test('a combining mark stays inside its word', () => {
  expect(tokenize('Jose\u0301 Marti\u0301-Pe\u0301rez said').map((t) => t.text)).toEqual([
    'Jose\u0301',
    'Marti\u0301-Pe\u0301rez',
    'said',
  ])
})

test('a plain word is ASCII letters and digits only; a window keeps it plain', () => {
  const text = `Kabul's 2024 U.S Al-Qaeda José said,`
  expect(tokenize(text).map((t) => [t.text, t.plain])).toEqual([
    ["Kabul's", false],
    ['2024', true],
    ['U.S', false],
    ['Al-Qaeda', false],
    ['José', false],
    ['said', true],
    [',', false],
  ])
  expect(tokenize(text, 0, 3).map((t) => [t.text, t.plain])).toEqual([['Kab', true]])
  expect(tokenize(text, 17, 19).map((t) => [t.text, t.plain])).toEqual([['Al', true]])
})

test('a word beyond the Basic Multilingual Plane is a word token', () => {
  const [math, comma] = tokenize('\u{1d400}x,')
  expect(math && isWordToken(math)).toBe(true)
  expect(comma && isWordToken(comma)).toBe(false)
})
