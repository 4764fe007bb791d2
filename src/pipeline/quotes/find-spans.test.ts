import { expect, test } from 'vitest'
import { findSpans } from './find-spans.ts'

const texts = (text: string) => findSpans(text).map((s) => text.slice(s.start, s.end) + (s.closed ? '' : '…'))

test('straight and curly double quotes give their text without the marks', () => {
  expect(texts(`"A roadmap was drawn," the NDS said. “Second,” it added.`)).toEqual([
    'A roadmap was drawn,',
    'Second,',
  ])
})

test('a single-mark quote inside a double one stays part of it', () => {
  expect(texts(`"He told me ‘never again’ and left," she said.`)).toEqual([
    'He told me ‘never again’ and left,',
  ])
})

test('British single-mark quotes are told apart from apostrophes', () => {
  expect(texts(`'We don't know,' he said of Afghanistan's 'future'.`)).toEqual(["We don't know,", 'future'])
})

test('a plural possessive inside a single quote does not end it when a sure closer follows', () => {
  expect(texts(`'The students' union is strong,' she said.`)).toEqual(["The students' union is strong,"])
})

test('a possessive-looking closer is kept when a new quote opens before any sure closer', () => {
  expect(texts(`called them 'thugs' on Twitter, and said 'the crowd was violent.'`)).toEqual([
    'thugs',
    'the crowd was violent.',
  ])
})

test('an unclosed double quote runs to the end of the paragraph', () => {
  expect(texts(`"We will rebuild the roads.`)).toEqual(['We will rebuild the roads.…'])
})

test('an unclosed single mark runs on only when it opens the paragraph', () => {
  expect(texts(`'British continuation`)).toEqual(['British continuation…'])
  expect(texts(`the 'lonely mark`)).toEqual([])
})

test('a new opening mark ends a quote that was never closed', () => {
  expect(texts(`“First part, “Second part.”`)).toEqual(['First part,…', 'Second part.'])
})

test('empty quotes are dropped', () => {
  expect(texts(`He said "" and “ ” twice.`)).toEqual([])
})
