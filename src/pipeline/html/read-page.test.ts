import { gzipSync } from 'node:zlib'
import { expect, test } from 'vitest'
import { readArticles } from '../read-articles.ts'
import { newsPage, STORY, storyParagraphs } from './page.fixtures.ts'

const read = (html: string, file = 'page.html') => readArticles(file, new TextEncoder().encode(html))
const only = (html: string) => {
  const { articles, problems } = read(html)
  expect(problems).toEqual([])
  expect(articles).toHaveLength(1)
  return articles[0]!
}

test('a saved page is one article with its headline, date, outlet, address and paragraphs', () => {
  const article = only(newsPage(storyParagraphs()))
  expect(article.title).toBe('Highway to open next month')
  expect(article.publishedAt).toBe('2024-03-05')
  expect(article.source).toEqual({
    file: 'page.html',
    line: 1,
    outlet: 'The Valley Times',
    url: 'https://valley.example/news/highway-to-open',
  })
  expect(article.paragraphs).toEqual(STORY)
  expect(article.quotes[0]).toMatchObject({
    text: 'This road changes everything for traders,',
    speaker: { name: 'Amina Yusuf' },
  })
})

test('JSON-LD gives headline, date and author where the page has no Open Graph tags', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        headline: 'Bridge over the river finished',
        datePublished: '2023-11-02T10:00:00+05:00',
        author: [{ '@type': 'Person', name: 'Sara Khan' }],
        publisher: { name: 'Daily Ledger' },
      },
    ],
  }
  const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${storyParagraphs()}</article></body></html>`
  const article = only(html)
  expect(article.title).toBe('Bridge over the river finished')
  expect(article.publishedAt).toBe('2023-11-02')
  expect(article.byline).toBe('Sara Khan')
  expect(article.source.outlet).toBe('Daily Ledger')
})

test('JSON-LD written with a trailing comma or a line break in a string still gives its date and outlet', () => {
  const ld = `{
    "@type": "NewsArticle",
    "headline": "Bridge over the river finished",
    "datePublished": "2023-11-02T10:00:00+05:00",
    "description": "A bridge,
      at last",
    "keywords": ["roads", "rivers", ],
    "publisher": { "@type": "Organization", "name": "Daily Ledger" }
  }`
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${storyParagraphs()}</article></body></html>`
  const article = only(html)
  expect(article.publishedAt).toBe('2023-11-02')
  expect(article.source.outlet).toBe('Daily Ledger')
})

test('a date named twice in microdata is read, and a social handle is the outlet only when nothing names it', () => {
  const microdata = `<meta itemprop="datePublished dateCreated" content="2019-11-18T17:56:27.000Z">`
  expect(
    only(newsPage(storyParagraphs(), microdata).replace(/<meta property="article:published_time"[^>]*>/, ''))
      .publishedAt,
  ).toBe('2019-11-18')
  const handle = (head: string) =>
    only(newsPage(storyParagraphs(), head).replace(/<meta property="og:site_name"[^>]*>/, '')).source.outlet
  expect(handle('<meta property="og:site_name" content="@valleytimes">')).toBe('valleytimes')
  expect(handle('<meta name="twitter:site" value="@valleytimes">')).toBe('valleytimes')
  expect(
    handle('<meta property="og:site_name" content="Valley Times"><meta name="twitter:site" content="@vt">'),
  ).toBe('Valley Times')
  const publisher = JSON.stringify({ '@type': 'NewsArticle', publisher: { name: 'The Valley Times' } })
  expect(
    handle(
      `<meta property="og:site_name" content="@valleytimes"><script type="application/ld+json">${publisher}</script>`,
    ),
  ).toBe('The Valley Times')
})

test('a date shown in an element named for it is the date when no tag states one', () => {
  const page = (shown: string) =>
    only(
      newsPage(`${shown}${storyParagraphs()}`).replace(/<meta property="article:published_time"[^>]*>/, ''),
    ).publishedAt
  expect(
    page(
      '<div class="story-timestamp">13 hours ago</div><span class="article-publish-date">November 19, 2019, 9:02 AM</span>',
    ),
  ).toBe('2019-11-19')
  expect(page('<div class="author-name-date"><span>19 NOV 2019</span></div>')).toBe('2019-11-19')
  // A date in the text is the story's, not the page's.
  expect(
    page(
      '<p class="lede">On 19 November 2019 the road was closed to all traffic for the winter, officials said.</p>',
    ),
  ).toBeNull()
})

test('captions and photo credits are not paragraphs', () => {
  const figure =
    '<figure><img src="a.jpg" alt=""><figcaption>Workers on the new bridge. Photo: Jane Roe</figcaption></figure>'
  const credit =
    '<p class="image-credit">Getty Images</p><div class="photo-caption">The old road in winter</div>'
  const article = only(
    newsPage(`${storyParagraphs(STORY.slice(0, 2))}${figure}${credit}${storyParagraphs(STORY.slice(2))}`),
  )
  expect(article.paragraphs).toEqual(STORY)
})

test('"Read more" and related-story blocks are left out', () => {
  const related =
    '<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Floods close the old road</a></li><li><a href="/b">Traders wait for the border</a></li></ul></div>'
  const readMore = '<p><strong>Read more:</strong> <a href="/c">How the bridge was built</a></p>'
  const article = only(
    newsPage(`${storyParagraphs(STORY.slice(0, 2))}${related}${readMore}${storyParagraphs(STORY.slice(2))}`),
  )
  expect(article.paragraphs).toEqual(STORY)
})

test('newsletter and social prompts are left out', () => {
  const prompts =
    '<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div><div class="social-share"><a>Facebook</a><a>Twitter</a></div><p>Follow us on Twitter</p>'
  const article = only(
    newsPage(`${storyParagraphs(STORY.slice(0, 3))}${prompts}${storyParagraphs(STORY.slice(3))}`),
  )
  expect(article.paragraphs).toEqual(STORY)
})

test('a byline and a date line over the text go to their fields', () => {
  const article = only(
    newsPage(`<p>By Omar Farooq, Reuters</p><p>Published 5 March 2024</p>${storyParagraphs()}`),
  )
  expect(article.byline).toBe('Omar Farooq, Reuters')
  expect(article.paragraphs).toEqual(STORY)
})

test('a dateline opening the text becomes the article dateline', () => {
  const article = only(newsPage(storyParagraphs([`KABUL: ${STORY[0]}`, ...STORY.slice(1)])))
  expect(article.dateline).toEqual({ city: 'Kabul', country: 'AF' })
  expect(article.paragraphs).toEqual(STORY)
})

test('paragraphs come from block elements and from two line breaks in a row', () => {
  const article = only(
    newsPage(
      `<div>${STORY[0]}<br><br>${STORY[1]}<br>\n<br>${STORY[2]}</div><div><span>${STORY[3]}</span></div>`,
    ),
  )
  expect(article.paragraphs).toEqual(STORY)
})

test('a block quote is kept once, and a pull quote repeating the text is not said twice', () => {
  const pull = `<aside class="pull-quote"><p>This road changes everything for traders</p></aside>`
  const block = '<blockquote><p>The bridge stood through the floods, and so will the road.</p></blockquote>'
  const article = only(
    newsPage(`${storyParagraphs(STORY.slice(0, 2))}${pull}${storyParagraphs(STORY.slice(2))}${block}`),
  )
  expect(article.paragraphs).toEqual([...STORY, 'The bridge stood through the floods, and so will the road.'])
})

test('crossheads in the text become headings', () => {
  const article = only(
    newsPage(`${storyParagraphs(STORY.slice(0, 2))}<h2>Traders wait</h2>${storyParagraphs(STORY.slice(2))}`),
  )
  expect(article.headings).toEqual([{ paragraph: 2, text: 'Traders wait' }])
  expect(article.paragraphs).toEqual(STORY)
})

test('a gzip-compressed page reads as the page', () => {
  const bytes = gzipSync(new TextEncoder().encode(newsPage(storyParagraphs())))
  const { articles } = readArticles('page.html.gz', bytes)
  expect(articles.map((a) => a.paragraphs)).toEqual([STORY])
})

test('a page with no article is one reason naming it, not an article', () => {
  const index = newsPage(
    '<ul><li><a href="/1">Floods close road</a></li><li><a href="/2">Prices rise</a></li></ul>',
  )
  const { articles, problems } = read(index, 'index.html')
  expect(articles).toEqual([])
  expect(problems).toHaveLength(1)
  expect(problems[0]).toMatchObject({ file: 'index.html', line: 1 })
  expect(problems[0]!.reason).toMatch(/^no article found \(.+\)$/)
})

test('a page too large to read is refused with its size', () => {
  const huge = newsPage(storyParagraphs()).replace(
    '<main>',
    `<main><div>${'<p>filler text </p>'.repeat(1_200_000)}</div>`,
  )
  const { articles, problems } = read(huge, 'huge.html')
  expect(articles).toEqual([])
  expect(problems[0]!.reason).toMatch(/^page too large \(\d+\.\d MB/)
})

test('broken markup is read as well as it can be, never thrown', () => {
  const broken = `<html><body><article><p>${STORY[0]}<p>${STORY[1]}</div></span><p>${STORY[2]}<b><i>${STORY[3]}</article>`
  const { articles } = read(broken)
  expect(articles[0]!.paragraphs.join(' ')).toContain(STORY[3])
  expect(() => read('<<<>>><!-- <p <a href=">')).not.toThrow()
})

test('page text stays text: markup in the text is never read as markup', () => {
  const article = only(
    newsPage(
      storyParagraphs([
        ...STORY,
        'The sign said &lt;script&gt;alert(1)&lt;/script&gt; in large letters on the wall.',
      ]),
    ),
  )
  expect(article.paragraphs.at(-1)).toBe(
    'The sign said <script>alert(1)</script> in large letters on the wall.',
  )
})

test('a table row is a paragraph of its cells, and short lines may repeat', () => {
  const table =
    '<table><tr><th>Town</th><th>Rain</th></tr><tr><td>Swat</td><td>12 mm</td></tr><tr><td>Dir</td><td>12 mm</td></tr></table>'
  const lists = '<h3>Day 1</h3><p>Rain in the hills.</p><h3>Day 2</h3><p>Rain in the hills.</p>'
  const article = only(newsPage(`${storyParagraphs()}${table}${lists}`))
  expect(article.paragraphs.slice(STORY.length)).toEqual([
    'Town Rain',
    'Swat 12 mm',
    'Dir 12 mm',
    'Rain in the hills.',
    'Rain in the hills.',
  ])
  expect(article.headings?.map((h) => h.text)).toEqual(['Day 1', 'Day 2'])
})

test('a short blog post is read alone, not with the list of more posts after it', () => {
  const post = (n: number) =>
    `<article class="post"><h2><a href="/p${n}">Another post ${n}</a></h2><p>Teaser ${n}: a few lines of another story, long enough to look like a paragraph of text on the page.</p></article>`
  const html = `<html><head><title>Highway to open next month</title></head><body>
<div id="primary"><article class="post"><h1>Highway to open next month</h1>${storyParagraphs(STORY.slice(0, 2))}</article>
<article class="more">${[1, 2, 3, 4, 5].map(post).join('')}</article></div></body></html>`
  expect(only(html).paragraphs).toEqual(STORY.slice(0, 2))
})

test('a sidebar of headlines under a heading is left out of a page without article elements', () => {
  const links = ['Rain delays the final lap', 'Champion signs for two more years', 'Calendar for next season']
  const sidebar = `<div class="col"><h3>Latest results</h3><ul>${links.map((l, i) => `<li><a href="/r${i}">${l}</a></li>`).join('')}</ul></div>`
  const html = `<html><head><title>Highway to open next month</title></head><body><div class="row">
<div class="col">${storyParagraphs()}</div>${sidebar}</div></body></html>`
  const article = only(html)
  expect(article.paragraphs).toEqual(STORY)
  expect(article.headings ?? []).toEqual([])
})

test('text the story says again later is kept; a paragraph doubled in a row is said once', () => {
  const step = 'Mix one cup of rice with two cups of water and leave it to stand for an hour.'
  const html = newsPage(
    `${storyParagraphs(STORY.slice(0, 2))}<h2>Plan A</h2><p>${step}</p><p>${step}</p><h2>Plan B</h2><p>${step}</p>${storyParagraphs(STORY.slice(2))}`,
  )
  const article = only(html)
  expect(article.paragraphs).toEqual([...STORY.slice(0, 2), step, step, ...STORY.slice(2)])
  expect(article.headings?.map((h) => h.text)).toEqual(['Plan A', 'Plan B'])
})

test('a page wrapped whole in a form is read; a search form beside the story is not', () => {
  const html = `<html><head><title>Highway to open next month</title></head><body><form action="/page.aspx">
<form role="search"><p>Search the site</p><input name="q"></form><div>${storyParagraphs()}</div></form></body></html>`
  expect(only(html).paragraphs).toEqual(STORY)
})

test('chrome named by role and hidden text stay out of the story', () => {
  const html = newsPage(
    `<div role="complementary"><p>Most read today across the whole of the site and its sections.</p></div>${storyParagraphs(STORY.slice(0, 2))}<div style="display:none"><p>Subscribe now to read the rest of this story and more.</p></div>${storyParagraphs(STORY.slice(2))}`,
  )
  expect(only(html).paragraphs).toEqual(STORY)
})
