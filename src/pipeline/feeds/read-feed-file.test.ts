import { expect, test } from 'vitest'
import { readArticles } from '../read-articles.ts'

const read = (file: string, text: string) => readArticles(file, new TextEncoder().encode(text))
const BODY =
  '<p>KABUL: Officials said on Tuesday that the new highway would open to traffic next month after years of work.</p><figure><figcaption>The new road. Photo: Jane Roe</figcaption></figure><p>"This road changes everything," said Amina Yusuf, a trader.</p>'
const PARAGRAPHS = [
  'Officials said on Tuesday that the new highway would open to traffic next month after years of work.',
  '"This road changes everything," said Amina Yusuf, a trader.',
]

test('an RSS 2.0 item with content:encoded is an article read as a page is', () => {
  const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Valley Times</title><link>https://valley.example/</link>
<item><title>Highway to open next month</title><link>https://valley.example/highway</link>
<dc:creator>Omar Farooq</dc:creator><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description>The highway opens next month.</description><content:encoded><![CDATA[${BODY}]]></content:encoded></item>
</channel></rss>`
  const { articles, problems } = read('news.rss', rss)
  expect(problems).toEqual([])
  expect(articles).toHaveLength(1)
  expect(articles[0]).toMatchObject({
    title: 'Highway to open next month',
    byline: 'Omar Farooq',
    publishedAt: '2024-03-05',
    dateline: { city: 'Kabul', country: 'AF' },
    paragraphs: PARAGRAPHS,
    source: { file: 'news.rss', line: 4, outlet: 'The Valley Times', url: 'https://valley.example/highway' },
  })
  expect(articles[0]!.quotes[0]!.speaker?.name).toBe('Amina Yusuf')
})

test('an Atom entry with HTML content is an article; one with only a summary is an article of that summary', () => {
  const escaped = BODY.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Ledger</title><id>urn:ledger</id><updated>2024-03-06T00:00:00Z</updated>
<entry><title>Highway to open next month</title><id>urn:1</id><link href="https://ledger.example/1"/>
<author><name>Sara Khan</name></author><published>2024-03-05T08:00:00Z</published><updated>2024-03-05T08:00:00Z</updated>
<content type="html">${escaped}</content></entry>
<entry><title>Prices of flour rise again</title><id>urn:2</id><link rel="alternate" href="https://ledger.example/2"/>
<updated>2024-03-06T09:00:00Z</updated><summary>Flour costs a third more than a year ago, millers say.</summary></entry>
</feed>`
  const { articles, problems } = read('ledger.atom', atom)
  expect(problems).toEqual([])
  expect(
    articles.map((a) => [a.title, a.byline ?? null, a.publishedAt, a.source.url, a.source.line]),
  ).toEqual([
    ['Highway to open next month', 'Sara Khan', '2024-03-05', 'https://ledger.example/1', 3],
    ['Prices of flour rise again', null, '2024-03-06', 'https://ledger.example/2', 6],
  ])
  expect(articles[0]!.paragraphs).toEqual(PARAGRAPHS)
  expect(articles[1]!.paragraphs).toEqual(['Flour costs a third more than a year ago, millers say.'])
})

test('a JSON Feed item with content_html or content_text is an article', () => {
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Border Post',
    items: [
      {
        id: '1',
        url: 'https://post.example/1',
        title: 'Highway to open next month',
        content_html: BODY,
        date_published: '2024-03-05T08:00:00Z',
        authors: [{ name: 'Ali Raza' }],
      },
      {
        id: '2',
        url: 'https://post.example/2',
        title: 'Rain expected in the hills',
        content_text: 'Rain is expected in the hills this week.\n\nFarmers welcomed the news.',
      },
    ],
  })
  const { articles } = read('post.json', json)
  expect(articles.map((a) => [a.title, a.source.outlet, a.byline ?? null])).toEqual([
    ['Highway to open next month', 'Border Post', 'Ali Raza'],
    ['Rain expected in the hills', 'Border Post', null],
  ])
  expect(articles[0]!.paragraphs).toEqual(PARAGRAPHS)
  expect(articles[1]!.paragraphs).toEqual([
    'Rain is expected in the hills this week.',
    'Farmers welcomed the news.',
  ])
})

test('a file that is not a feed is one reason, and an empty feed says it has no items', () => {
  expect(read('page.xml', '<note><to>Tove</to></note>').problems).toEqual([
    { file: 'page.xml', line: 1, reason: expect.stringMatching(/^not a feed \(/) },
  ])
  expect(read('data.json', '{"rows": [1, 2]}').problems[0]!.reason).toMatch(/^not a feed/)
  const empty = read('empty.rss', '<rss version="2.0"><channel><title>T</title></channel></rss>')
  expect(empty.problems).toEqual([
    { file: 'empty.rss', line: 1, reason: 'no article found (the feed has no items)' },
  ])
})

test('an RSS 1.0 (RDF) item is an article of its description, linked to its page', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://valley.example/"><title>The Valley Times</title><link>https://valley.example/</link><description>News</description></channel>
<item rdf:about="https://valley.example/highway"><title>Highway to open next month</title><link>https://valley.example/highway</link>
<dc:date>2024-03-05T08:00:00Z</dc:date><description>${PARAGRAPHS[0]}</description></item>
</rdf:RDF>`
  const { articles, problems } = read('news.rdf.xml', rdf)
  expect(problems).toEqual([])
  expect(articles).toHaveLength(1)
  expect(articles[0]).toMatchObject({
    title: 'Highway to open next month',
    publishedAt: '2024-03-05',
    paragraphs: [PARAGRAPHS[0]],
    source: { line: 4, outlet: 'The Valley Times', url: 'https://valley.example/highway' },
  })
})
