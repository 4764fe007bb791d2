import fc from 'fast-check'
import { parseHTML } from 'linkedom'
import { expect, test } from 'vitest'
import { arbitraryMarkup } from './page.fixtures.ts'
import { preCut } from './pre-cut.ts'
import { readPage } from './read-page.ts'

const markup = arbitraryMarkup(
  ['p', 'div', 'article', 'nav', 'aside', 'script', 'style', 'form', 'a', 'ul', 'li', 'h1', 'span'],
  [
    '&lt;script&gt;',
    '<div role="navigation">',
    '<p hidden>',
    '<script type="application/ld+json">{"headline":',
    '<article itemprop="articleBody">',
  ],
  80,
)

test('on arbitrary markup the cut page holds no script, style, menu or form, and reads back as markup', () => {
  fc.assert(
    fc.property(markup, (html) => {
      const cut = preCut(html).chunks.join('')
      const { document } = parseHTML(`<!doctype html><html><body>${cut}</body></html>`)
      expect(
        document.querySelectorAll('script, style, nav, form, [hidden], [role="navigation"]'),
      ).toHaveLength(0)
      // Cutting what is already cut changes nothing: the cut is markup the tokenizer reads as written.
      expect(preCut(cut).chunks.join('')).toBe(cut)
    }),
    { numRuns: 300 },
  )
})

test('on arbitrary markup the page reader never throws and gives an article or a one-line reason', () => {
  fc.assert(
    fc.property(markup, (html) => {
      const read = readPage(html)
      if (read.ok) expect(read.text.paragraphs.every((p) => p.length > 0)).toBe(true)
      else expect(read.reason).toMatch(/^(no article found|page too large) \([^\n]*\)$/)
    }),
    { numRuns: 100 },
  )
})

test('on arbitrary text in paragraphs the words come through as text, entities decoded once', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 6 }),
      (texts) => {
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        const html = `<article><h1>Headline</h1>${texts.map((t) => `<p>${escape(t)}</p>`).join('')}</article>`
        const { document } = parseHTML(
          `<!doctype html><html><body>${preCut(html).chunks.join('')}</body></html>`,
        )
        expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(texts)
      },
    ),
    { numRuns: 300 },
  )
})
