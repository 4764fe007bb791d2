import { expect, test } from 'vitest'
import { preCut } from './pre-cut.ts'

const cutBody = (html: string) => preCut(html).chunks.join('')
const LINE = 'Officials said on Tuesday that the new highway would open to traffic next month.'

test('scripts, styles, comments, menus, footers, forms and embeds are cut with all they hold', () => {
  const body = cutBody(`<html><head><style>p{}</style><script>var a = "<p>not text</p>"</script></head><body>
<nav><a href="/">Home</a></nav><form><p>Search the site</p></form><!-- <p>old text</p> -->
<iframe src="x"></iframe><svg><title>Logo</title></svg><p>${LINE}</p><footer><p>© The Valley Times</p></footer></body></html>`)
  expect(body.replace(/\s+/g, ' ').trim()).toBe(`<p>${LINE}</p>`)
})

test('chrome named by its role, and hidden elements, are cut', () => {
  const body = cutBody(`<div role="banner">The Valley Times</div><div role="navigation">Sections</div>
<div role="complementary">Most read</div><div role="contentinfo">Contact</div><div hidden>Hidden</div>
<div aria-hidden="true">Screen only</div><div style="display: none">Pop-up</div><p>${LINE}</p>`)
  expect(body.replace(/\s+/g, ' ').trim()).toBe(`<p>${LINE}</p>`)
})

test('an aside is cut unless it is a pull quote', () => {
  const body = cutBody(`<aside>Related stories</aside><aside class="pull-quote">Roads change lives</aside>`)
  expect(body).not.toContain('Related stories')
  expect(body).toContain('Roads change lives')
})

test('a block that is mostly links is cut; a paragraph with a link in it is not', () => {
  const rail = `<div class="rail"><h3>Most read</h3><ul><li><a href="/a">Floods close the old road in the valley</a></li><li><a href="/b">Traders wait at the border for a third day</a></li></ul></div>`
  const linked = `<p>${LINE} The <a href="/plan">plan</a> was published in May.</p>`
  const body = cutBody(`${rail}${linked}`)
  expect(body).not.toContain('Most read')
  expect(body).not.toContain('Floods close')
  expect(body).toContain('The <a>plan</a> was published')
})

test('only the attributes the article finder reads are kept, and inline formatting goes', () => {
  const body = cutBody(
    `<p class="lede" style="color:red" data-id="7" onclick="x()"><span>The</span> <b>road</b> <a href="#notes">opens</a> <a href="https://a.example/">soon</a>.</p>`,
  )
  expect(body).toBe('<p class="lede">The road <a href="#notes">opens</a> <a>soon</a>.</p>')
})

test('text stays text: what the page escaped is escaped again', () => {
  expect(cutBody('<p>The sign said &lt;script&gt; &amp; more</p>')).toBe(
    '<p>The sign said &lt;script> &amp; more</p>',
  )
})

test("the page's metadata is read on the way: meta tags, title, first headline, canonical, time, JSON-LD", () => {
  const { tags } = preCut(`<html><head><title>Highway &amp; bridge | Valley Times</title>
<meta property="og:site_name" content="The Valley Times"><meta name="author" content="Sara Khan">
<link rel="canonical" href="https://valley.example/highway">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Highway"}</script></head>
<body><h1> </h1><h1>Highway &amp; bridge</h1><time datetime="2024-03-05">5 March</time></body></html>`)
  expect(tags.title).toBe('Highway & bridge | Valley Times')
  expect(tags.h1).toBe('Highway & bridge')
  expect(tags.meta.get('og:site_name')).toBe('The Valley Times')
  expect(tags.meta.get('author')).toBe('Sara Khan')
  expect(tags.canonical).toBe('https://valley.example/highway')
  expect(tags.time).toBe('2024-03-05')
  expect(tags.jsonLd).toEqual(['{"@type":"NewsArticle","headline":"Highway"}'])
})

test('unclosed and stray tags are closed where the tokenizer closes them', () => {
  const body = cutBody(`<div><p>${LINE}<p>More text</span></div></b><article><p>Last`)
  expect(body).toBe(`<div><p>${LINE}</p><p>More text</p></div><article><p>Last</p></article>`)
})

test('a paragraph or list item opened inside another closes it, as a browser reads it, past inline tags', () => {
  expect(cutBody(`<p><span>${LINE}<p>More text`)).toBe(`<p>${LINE}</p><p>More text</p>`)
  expect(cutBody(`<p><em>${LINE}<ul><li>One<li><b>Two</b><li>Three</ul>`)).toBe(
    `<p>${LINE}</p><ul><li>One</li><li>Two</li><li>Three</li></ul>`,
  )
  // What is cut reads back as itself.
  const cut = cutBody(`<li><span><li>${LINE}`)
  expect(cutBody(cut)).toBe(cut)
})

test('a page wrapped whole in a form keeps its article, without the form', () => {
  const article = `<p>${LINE} ${LINE} ${LINE}</p>`
  expect(cutBody(`<form id="aspnetForm"><div>${article}</div></form>`)).toBe(`<div>${article}</div>`)
})

test('a block with no text is cut, leaving the words around it apart; an empty link stays', () => {
  const body = cutBody(
    `<div class="story"><p>${LINE}</p><div class="ad-slot"><div id="ad-1"> </div></div>Roads<div class="spacer"> </div>open</div>`,
  )
  expect(body).not.toContain('ad-slot')
  expect(body).not.toContain('spacer')
  expect(body).toContain('Roads open')
  // Between two line breaks, an emptied link is all that keeps them one line's break, not a new paragraph.
  expect(cutBody(`<p>One<br><a href="/photo"><img src="p.jpg"></a><br>Two</p>`)).toContain('<br><a></a><br>')
})

test('an inline drawing or template is cut whole; a custom element named like one is read', () => {
  const body = cutBody(
    `<svg viewBox="0 0 10 10"><text>Logo</text><svg><title>Mark</title></svg></svg><template><p>Card</p></template><svg-icon name="x">Share</svg-icon><p>${LINE}</p>`,
  )
  expect(body).not.toMatch(/Logo|Mark|Card/)
  expect(body).toContain('Share')
  expect(body).toContain(LINE)
})
