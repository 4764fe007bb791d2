import { expect, test } from 'vitest'
import { toBlocks } from './blocks.ts'
import { composeArticle } from './compose.ts'
import { segment, type DatelineKind } from './segment.ts'

const KNOWN = new Set(['KABUL', 'PESHAWAR', 'ISLAMABAD', 'LAHORE', 'KARACHI', 'DOHA'])
const datelineOf = (paragraph: string): DatelineKind => {
  const place = /^([A-Z]{3,}(?: [A-Z]+)*):/.exec(paragraph)?.[1]
  return place === undefined ? null : KNOWN.has(place) ? 'known' : 'unknown'
}
const read = (text: string) => {
  const { articles, problems } = segment(toBlocks(text), datelineOf)
  return { articles: articles.map((raw) => ({ ...composeArticle(raw), line: raw.line })), problems }
}
const titles = (text: string) => read(text).articles.map((a) => [a.title, a.paragraphs.length, a.line])

test('headline, bullets, then body make one article', () => {
  const { articles, problems } = read(
    'Floods cut off villages in Swat valley\n- Roads washed away\nPESHAWAR: Floods cut off villages.\nRescue teams arrived.',
  )
  expect(problems).toEqual([])
  expect(articles).toEqual([
    expect.objectContaining({
      title: 'Floods cut off villages in Swat valley',
      summary: ['Roads washed away'],
      paragraphs: ['PESHAWAR: Floods cut off villages.', 'Rescue teams arrived.'],
      line: 1,
    }),
  ])
})

test('a body that comes before its repeated headline block belongs to it, and starts the article', () => {
  const text = [
    'KABUL: Officials drew a roadmap against militant threats.',
    'The meeting lasted two days.',
    'Officials draw roadmap against militant threats',
    'Officials draw roadmap against militant threats',
    '- The meeting lasted two days',
    'Pakistan urges dialogue with Iran',
    '- Talks by telephone on regional tensions',
    'ISLAMABAD: Pakistan urged dialogue with Iran on Friday in a telephone call.',
  ].join('\n')
  expect(titles(text)).toEqual([
    ['Officials draw roadmap against militant threats', 2, 1],
    ['Pakistan urges dialogue with Iran', 1, 6],
  ])
  expect(read(text).problems).toEqual([])
})

test('a headline-shaped line between two runs of text is a crosshead of the same article', () => {
  const text = [
    'Cricket board names new captain for the tour',
    'LAHORE: The cricket board named a new captain for the England tour on Monday.',
    'Wheat prices rise in Karachi markets as stocks fall',
    'Wheat prices rose in Karachi markets.',
  ].join('\n')
  const { articles } = read(text)
  expect(articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
    ['Cricket board names new captain for the tour', 2],
  ])
  expect(articles[0]!.headings).toEqual([
    { paragraph: 1, text: 'Wheat prices rise in Karachi markets as stocks fall' },
  ])
})

test('a repeated headline between two bodies goes with the body whose words it shares', () => {
  const text = [
    'Cricket board names new captain for the tour',
    'LAHORE: The cricket board named a new captain for the England tour on Monday.',
    'Wheat prices rise in Karachi markets as stocks fall',
    'Wheat prices rise in Karachi markets as stocks fall',
    'KARACHI: Wheat prices rose in Karachi markets as stocks fell.',
  ].join('\n')
  expect(titles(text)).toEqual([
    ['Cricket board names new captain for the tour', 1, 1],
    ['Wheat prices rise in Karachi markets as stocks fall', 1, 3],
  ])
})

test('a headline with no body still comes through, with a warning', () => {
  const { articles, problems } = read('Just a headline on its own')
  expect(articles.map((a) => a.title)).toEqual(['Just a headline on its own'])
  expect(problems).toEqual([{ line: 1, reason: 'headline with no body text', warning: true }])
})

test('text with no headline is one article with a warning, never rejected', () => {
  const { articles, problems } = read('KABUL: Officials met on Monday.\nThey agreed to meet again.')
  expect(articles.map((a) => [a.title, a.paragraphs.length])).toEqual([[null, 2]])
  expect(problems).toEqual([
    { line: 1, reason: 'text with no headline, titled by its first sentence', warning: true },
  ])
})

test('a date line in the headline block is kept as the article date', () => {
  const { articles } = read('Talks resume in Doha\nPublished: March 3, 2026\nDOHA: Talks resumed.')
  expect(articles[0]!.dates).toEqual(['Published: March 3, 2026'])
  expect(articles[0]!.furniture).toEqual(['Published: March 3, 2026'])
})

test('a short first paragraph that opens with a dateline is body text, not a headline', () => {
  expect(titles('Talks open in Doha\nDOHA: Talks opened on Monday without a deal')).toEqual([
    ['Talks open in Doha', 1, 1],
  ])
})

test('a separator splits articles only before a headline block with a byline, date or bullets', () => {
  const sections =
    'Budget passes after long debate\n\nThe budget passed.\n\n___\n\nWHAT COMES NEXT\n\nThe senate votes.'
  expect(titles(sections).map((t) => t[0])).toEqual(['Budget passes after long debate'])
  const two = `${sections}\n\n* * *\n\nPort strike ends in Karachi\n\nBy Staff Reporter\n\nKARACHI: Dock workers returned.`
  expect(titles(two).map((t) => t[0])).toEqual([
    'Budget passes after long debate',
    'Port strike ends in Karachi',
  ])
})

test('a kicker over the headline and a deck under it are not the headline', () => {
  const { articles } = read(
    'WORLD\n\nGrain corridor talks stall in Tashkent\nNegotiators fail to agree on rail tariffs\n\nThe talks stalled.\n\nThey resume in May.',
  )
  expect(articles).toEqual([
    expect.objectContaining({
      title: 'Grain corridor talks stall in Tashkent',
      summary: ['Negotiators fail to agree on rail tariffs'],
      paragraphs: ['The talks stalled.', 'They resume in May.'],
      furniture: ['WORLD'],
    }),
  ])
})

test('the headline repeated as the first sentence of the body is not read twice', () => {
  const { articles } = read(
    'Bus plunges into ravine near Murree\n\nBus plunges into ravine near Murree. ISLAMABAD: Nine people died.',
  )
  expect(articles[0]!.paragraphs).toEqual(['ISLAMABAD: Nine people died.'])
})

test('a two-word headline over a first sentence is the headline, not a kicker', () => {
  const { articles } = read(
    'Monsoon arrives\n\nHeavy rain reached Lahore on Sunday!\n\nStreets flooded by noon.',
  )
  expect(articles.map((a) => [a.title, a.paragraphs.length])).toEqual([['Monsoon arrives', 2]])
})

test('a page title with the site name after a bar gives the headline and the outlet', () => {
  const { articles } = read('Floods cut off villages in Swat | Dawn\n\nRoads were washed away on Monday.')
  expect(articles.map((a) => [a.title, a.outlet])).toEqual([['Floods cut off villages in Swat', 'Dawn']])
})

test('a masthead over the headline is furniture that names the outlet', () => {
  const { articles } = read(
    'The Express Tribune\n\nPort strike ends in Karachi\n\nDock workers returned on Monday.',
  )
  expect(articles.map((a) => [a.title, a.outlet, a.furniture])).toEqual([
    ['Port strike ends in Karachi', 'The Express Tribune', ['The Express Tribune']],
  ])
})

test('a byline and a date line set on one line are both read', () => {
  const { articles } = read(
    'Port strike ends in Karachi\n\nStaff Reporter Published January 3, 2021\n\nDock workers returned on Monday.',
  )
  expect(articles.map((a) => [a.byline, a.dates, a.paragraphs.length])).toEqual([
    ['Staff Reporter', ['Published January 3, 2021'], 1],
  ])
})

test('a caption label and its caption on the next line are one line of furniture', () => {
  const { articles } = read(
    'Floods hit Sindh\n\nImage caption,\nFamilies waded to higher ground\n\nThousands fled their homes on Sunday.',
  )
  expect(articles.map((a) => [a.summary, a.paragraphs, a.furniture])).toEqual([
    [[], ['Thousands fled their homes on Sunday.'], ['Image caption, Families waded to higher ground']],
  ])
})

test('the links under "Related Topics" at a story’s end are furniture, and a text paragraph after them is not', () => {
  const { articles } = read(
    'Floods hit Sindh\n\nThousands fled their homes on Sunday.\n\nRelated Topics\n\nPakistan\n\nMonsoon toll rises to 300\n\nThe appeal runs until Friday, when aid agencies will report on what was raised.',
  )
  expect(articles.map((a) => [a.paragraphs.length, a.furniture])).toEqual([
    [2, ['Related Topics', 'Pakistan', 'Monsoon toll rises to 300']],
  ])
})

test('a credit line under the byline continues it; agency sign-offs are furniture', () => {
  const { articles } = read(
    'Floods hit Sindh\n\nBy Sana Mir\nBBC News, Karachi\n\nThousands fled.\n\nReporting by Sana Mir; Editing by Ali Raza',
  )
  expect(articles.map((a) => [a.byline, a.outlet, a.paragraphs, a.furniture])).toEqual([
    [
      'Sana Mir, BBC News, Karachi',
      'BBC',
      ['Thousands fled.'],
      ['Reporting by Sana Mir; Editing by Ali Raza'],
    ],
  ])
})

test('a date line may carry an update time and a place, or a byline after the date', () => {
  const withTail = read(
    'Farmers block highways\n\nJanuary 03, 2021 10:22 pm | Updated 10:45 pm IST - CHANDIGARH\n\nFarmers blocked roads.',
  )
  expect(withTail.articles[0]!.dates).toEqual([
    'January 03, 2021 10:22 pm | Updated 10:45 pm IST - CHANDIGARH',
  ])
  const withByline = read(
    'Holiday announced\n\nPublished: January 03, 2021 10:22 Gulf News Report\n\nWorkers get two days.',
  )
  expect(withByline.articles.map((a) => [a.byline, a.outlet, a.dates])).toEqual([
    ['Gulf News Report', 'Gulf News', ['Published: January 03, 2021 10:22']],
  ])
})

test('a headline closing a body-first file is its headline only when it speaks of the same things', () => {
  const body =
    'KABUL: Traders said the Torkham crossing stayed shut for a fifth day.\nFruit rotted in trucks at the border.'
  expect(read(`${body}\nTorkham crossing stays shut as fruit rots`).articles.map((a) => a.title)).toEqual([
    'Torkham crossing stays shut as fruit rots',
  ])
  const unrelated = read(`${body}\nMore coverage to follow tonight`)
  expect(unrelated.articles.map((a) => [a.title, a.paragraphs.length])).toEqual([[null, 3]])
  expect(unrelated.problems).toHaveLength(1)
})
