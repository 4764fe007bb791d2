import { expect, test } from 'vitest'
import { chooseArticle } from './choose-article.ts'
import { preCut } from './pre-cut.ts'

const sentence = (n: number) =>
  `Sentence ${n} of a story, long enough to count as the text of a paragraph in a news article.`
const text = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('')
const teaser = (n: number) => `<article><h2>Teaser ${n}</h2>${text(100 + n * 10, 3)}</article>`
const choose = (body: string) => chooseArticle(preCut(`<html><body>${body}</body></html>`))

test('the article with the headline is the story, though a list of more posts after it holds more text', () => {
  const story = `<article><h1>Highway to open next month</h1>${text(0, 3)}</article>`
  const more = `<article class="more-posts">${teaser(1)}${teaser(2)}${teaser(3)}</article>`
  const chosen = choose(`${story}${more}`)
  expect(chosen).toContain(sentence(0))
  expect(chosen).not.toContain('Teaser')
})

test('an article holding most of the text is the story even when the headline stands outside it', () => {
  const chosen = choose(`<h1>Highway to open</h1><article>${text(0, 8)}</article><div>${text(50, 2)}</div>`)
  expect(chosen).toContain(sentence(7))
  expect(chosen).not.toContain(sentence(50))
})

test('a page of teasers of equal weight, none with the headline, has no single article', () => {
  expect(choose(`${teaser(1)}${teaser(2)}${teaser(3)}`)).toBeNull()
})

test('the story body marked with itemprop="articleBody" is the tighter cut of its article', () => {
  const chosen = choose(
    `<article><h1>Highway</h1><p>By Sara Khan</p><div itemprop="articleBody">${text(0, 6)}</div><p>Tags: roads</p></article>`,
  )
  expect(chosen).toMatch(/^<div itemprop="articleBody">/)
  expect(chosen).not.toContain('Tags')
})

test('a page without article elements has none to choose', () => {
  expect(choose(`<div>${text(0, 6)}</div>`)).toBeNull()
})
