import fc from 'fast-check'
/** Small news pages for the page reader's tests, each in the shape real news pages take. */
const STORY = [
  'Officials in the provincial capital said on Tuesday that the new highway would open to traffic next month after three years of work.',
  'The road links the city with the border crossing and is expected to cut the journey by half, according to the transport department.',
  '"This road changes everything for traders," said Amina Yusuf, who runs a fruit business in the old bazaar.',
  'Engineers said the last section, a bridge over the river, was finished in the spring despite heavy floods.',
]

/** A page around an article: head metadata, a site header and footer, and `body` as the article's inner markup. */
export function newsPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Highway to open next month | The Valley Times</title>
<meta property="og:title" content="Highway to open next month">
<meta property="og:site_name" content="The Valley Times">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://valley.example/news/highway-to-open">${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Highway to open next month</h1>${body}</article></main>
<footer><p>© 2024 The Valley Times. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>`
}

/** The story's paragraphs as `<p>` elements. */
export const storyParagraphs = (paragraphs = STORY) => paragraphs.map((p) => `<p>${p}</p>`).join('\n')

export { STORY }

/**
 * Arbitrary markup for property tests: open and close tags of `tags`, the given pieces of broken or telling
 * markup, sentences and arbitrary strings, joined.
 */
export function arbitraryMarkup(tags: string[], pieces: string[], maxParts: number) {
  const part = fc.oneof(
    fc.constantFrom(...tags).map((tag) => `<${tag}>`),
    fc.constantFrom(...tags).map((tag) => `</${tag}>`),
    fc.constantFrom('<!--', '-->', '<', '&amp;', '"', '<meta property="og:title" content="', ...pieces),
    fc.lorem({ mode: 'sentences', maxCount: 3 }),
    fc.string({ maxLength: 30 }),
  )
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(''))
}
