import { expect, test } from 'vitest'
import { decodeText } from './decode.ts'

const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

test('UTF-8 text with a byte order mark is decoded without the mark', () => {
  const decoded = decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('KABUL: Text “quoted”')))
  expect(decoded).toEqual({ ok: true, text: 'KABUL: Text “quoted”', encoding: 'utf-8' })
})

test('Windows-1252 text keeps its curly quotes and accents instead of replacement characters', () => {
  // “Café” in Windows-1252: 0x93 C a f 0xE9 0x94
  const decoded = decodeText(bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94))
  expect(decoded).toEqual({ ok: true, text: '“Café”', encoding: 'windows-1252' })
})

test('Latin-1 accented names decode to the same letters', () => {
  const decoded = decodeText(bytes(...utf8('Jos'), 0xe9, ...utf8(' Mar'), 0xed, 0x61))
  expect(decoded.ok && decoded.text).toBe('José María')
})

test('UTF-16 with a byte order mark is decoded', () => {
  const decoded = decodeText(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00))
  expect(decoded.ok && decoded.text).toBe('Hi')
})

test('an empty file is rejected', () => {
  expect(decodeText(bytes())).toEqual({ ok: false, problem: { line: 1, reason: 'empty file' } })
})

test('binary content is rejected with the line where it starts', () => {
  const decoded = decodeText(bytes(...utf8('line one\nline two\n'), 0x00, 0x01, 0x02))
  expect(decoded).toEqual({ ok: false, problem: { line: 3, reason: 'binary content, not text' } })
})
