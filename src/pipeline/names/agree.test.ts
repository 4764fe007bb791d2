import { expect, test } from 'vitest'
import type { Quote } from '../../lib/article.ts'
import { agreeWithPeople } from './agree.ts'

const quote = (name: string, kind: 'person' | 'organization' = 'person'): Quote => ({
  id: 'quote-1',
  paragraph: 0,
  start: 0,
  end: 1,
  text: 'x',
  partial: false,
  speaker: { name, mention: name, kind },
})
const people = [
  { name: 'Imran Ahmed Khan', mentions: 3 },
  { name: 'Sadia B. Rana', mentions: 2 },
  { name: 'Ali Rana', mentions: 1 },
]
const credited = (name: string, kind?: 'person' | 'organization') =>
  agreeWithPeople([quote(name, kind)], people)[0]?.speaker?.name

test('a speaker is written as the People list writes the same person', () => {
  expect(credited('Sadia B Rana')).toBe('Sadia B. Rana')
  expect(credited('Khan')).toBe('Imran Ahmed Khan')
  expect(credited('Opposition leader Imran Ahmed Khan')).toBe('Imran Ahmed Khan')
})

test('a speaker two people could be, or no one in the list, or a body, is left as credited', () => {
  expect(credited('Rana')).toBe('Rana')
  expect(credited('Farid Malik')).toBe('Farid Malik')
  // Only initials may be left out: "Ahmed Khan" is not taken for "Imran Ahmed Khan".
  expect(credited('Ahmed Khan')).toBe('Ahmed Khan')
  expect(credited('Khan', 'organization')).toBe('Khan')
})

test('a speaker written without the initials People gives takes the People name', () => {
  const list = [{ name: 'P. Senthil Kumaran', mentions: 2 }]
  expect(agreeWithPeople([quote('Senthil Kumaran')], list)[0]?.speaker?.name).toBe('P. Senthil Kumaran')
})
