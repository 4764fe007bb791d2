import { expect, test } from 'vitest'
import { isHeadlineShaped, isTitleShaped, toBlocks } from './blocks.ts'

test('blank lines, CRLF and surrounding spaces do not change the blocks', () => {
  const lf = toBlocks('Headline here\n- A bullet\nKABUL: Body text.\nMore text.')
  const crlf = toBlocks('Headline here\r\n\r\n- A bullet\r\n\r\n  KABUL: Body text.  \r\n\r\nMore text.\r\n')
  expect(crlf.map((b) => [b.kind, b.text])).toEqual(lf.map((b) => [b.kind, b.text]))
})

test('line numbers are 1-based and count blank lines', () => {
  const blocks = toBlocks('\nTitle of the story\n\nBody paragraph one.')
  expect(blocks.map((b) => b.line)).toEqual([2, 4])
})

test('summary bullets lose their leading dash', () => {
  expect(toBlocks('- Officials met in Kabul')).toEqual([
    { kind: 'bullet', text: 'Officials met in Kabul', line: 1, blankBefore: true },
  ])
})

test('a headline is a short line that does not end like a sentence', () => {
  expect(isHeadlineShaped('Pakistan urges dialogue on Iran in call with EU vice president')).toBe(true)
  expect(isHeadlineShaped('Will the ceasefire hold?')).toBe(true)
  expect(isHeadlineShaped('The talks ended on Friday.')).toBe(false)
  expect(isHeadlineShaped('"We will not back down," he said.')).toBe(false)
  expect(isHeadlineShaped('"They welcomed our views and such meetings will be held in future too."')).toBe(
    false,
  )
})

test('a publication date line is recognised in common formats', () => {
  const kinds = toBlocks(
    'Published: January 16, 2026\n16 Jan 2026\n2026-01-16\nUpdated 16 January 2026 10:30 GMT',
  )
  expect(kinds.map((b) => b.kind)).toEqual(['date', 'date', 'date', 'date'])
})

test('byline, furniture and separator lines are told apart from text', () => {
  const kinds = toBlocks(
    'By Sana Mir, Reuters\nAdvertisement\n___\nBy Monday, the talks had collapsed.\nImage caption, Crowds in Lahore',
  )
  expect(kinds.map((b) => b.kind)).toEqual(['byline', 'furniture', 'separator', 'paragraph', 'furniture'])
})

test('a first line can be a headline in any case, with a period, or in two short sentences', () => {
  expect(isTitleShaped('18 killed as bus plunges into ravine.')).toBe(true)
  expect(isTitleShaped('Superdelegates? Parties have too many, or too few', 3)).toBe(true)
  expect(isTitleShaped('“We will rebuild,” the mayor said.')).toBe(false)
  expect(isTitleShaped('The minister listed three demands:')).toBe(false)
  expect(isTitleShaped('Rain fell. Roads closed. Schools shut. Markets emptied.', 3)).toBe(false)
})

test('a double quotation mark typed as two apostrophes reads as the mark it stands for', () => {
  expect(toBlocks("He warned of a ''rigged economy.'' Rock''n''roll stays as typed.")[0]!.text).toBe(
    "He warned of a \"rigged economy.\" Rock''n''roll stays as typed.",
  )
})
