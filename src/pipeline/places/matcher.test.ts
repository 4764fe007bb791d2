import { expect, test } from 'vitest'
import { scan, tokenize } from './matcher.ts'

test('place words are cut from the word tokens: hyphens, slashes and dots part them, "U.S." stays whole', () => {
  const words = tokenize(`U.S.-led Guinea-Bissau, PM/FM 3.5 U.A.E.'s`)
  expect(words.map((w) => [w.text, w.gap])).toEqual([
    ['US', ''],
    ['led', '-'],
    ['Guinea', ' '],
    ['Bissau', '-'],
    ['PM', ', '],
    ['FM', '/'],
    ['3', ' '],
    ['5', '.'],
    ['UAE', ' '],
    ['s', "'"],
  ])
})

test('apostrophes stay inside place words, and a final one marks a possessive', () => {
  const words = tokenize(`Côte d’Ivoire’s Sana'a, Pakistanis' Afghanistan’s`)
  expect(words.map((w) => [w.text, w.key, w.possessive])).toEqual([
    ['Côte', 'cote', false],
    ["d'Ivoire", "d'ivoire", true],
    ["Sana'a", "sana'a", false],
    ['Pakistanis', 'pakistanis', true],
    ['Afghanistan', 'afghanistan', true],
  ])
})

test('a combining mark after a hyphen starts no place word', () => {
  expect(tokenize('Jose\u0301-\u0301Maria').map((w) => [w.text, w.gap])).toEqual([
    ['Jose\u0301', ''],
    ['Maria', '-\u0301'],
  ])
})

test('the words read from tokens find the places', () => {
  const words = tokenize(`Sino-US talks in Guinea-Bissau and Côte d'Ivoire`)
  expect(scan(words).map((hit) => words[hit.first]?.text)).toContain('Guinea')
  expect(scan(words).map((hit) => words[hit.first]?.text)).toContain('Côte')
})
