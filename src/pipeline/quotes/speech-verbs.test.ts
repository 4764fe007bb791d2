import { expect, test } from 'vitest'
import { isSpeechVerbAt, speechVerbBase, verbForms } from './speech-verbs.ts'
import { tokenize } from '../words/tokens.ts'

test('regular verbs get their -s, -ed and -ing forms', () => {
  expect(verbForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying'])
  expect(verbForms('note')).toEqual(['note', 'notes', 'noted', 'noting'])
  expect(verbForms('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing'])
})

test('irregular forms map to their base', () => {
  expect(['said', 'told', 'wrote', 'tweeted', 'saying', 'Added'].map(speechVerbBase)).toEqual([
    'say',
    'tell',
    'write',
    'tweet',
    'say',
    'add',
  ])
})

const verbAt = (text: string, word: string, framing = false) => {
  const tokens = tokenize(text)
  return isSpeechVerbAt(
    tokens,
    tokens.findIndex((t) => t.text === word),
    framing,
  )
}

test('a form after a determiner is a noun, not a verb', () => {
  expect(verbAt('the report said', 'report')).toBe(false)
  expect(verbAt('a warning came', 'warning')).toBe(false)
  expect(verbAt('the report said', 'said')).toBe(true)
})

test('a bare base form needs a plural subject or a modal', () => {
  expect(verbAt('officials say it', 'say')).toBe(true)
  expect(verbAt('he will say it', 'say')).toBe(true)
  expect(verbAt('a new report came', 'report')).toBe(false)
})

test('a capitalised form mid-sentence is a name and framing verbs count only when asked', () => {
  expect(verbAt('the scholar Edward Said wrote', 'Said')).toBe(false)
  expect(verbAt('he called it', 'called')).toBe(false)
  expect(verbAt('he called it', 'called', true)).toBe(true)
})
