import { expect, test } from 'vitest'
import { toBlocks } from './blocks.ts'
import { segment } from './segment.ts'

const startsWithDateline = (paragraph: string) => /^[A-Z]{3,}[A-Z ]*:/.test(paragraph)
const read = (text: string) => segment(toBlocks(text), startsWithDateline)
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
      line: 1,
    }),
  ])
  expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual([
    'PESHAWAR: Floods cut off villages.',
    'Rescue teams arrived.',
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
})

test('when one headline sits between two bodies, it goes with the body whose words it shares', () => {
  const text = [
    'Cricket board names new captain for the tour',
    'LAHORE: The cricket board named a new captain for the England tour on Monday.',
    'Wheat prices rise in Karachi markets as stocks fall',
    'Wheat prices rose in Karachi markets.',
  ].join('\n')
  expect(read(text).articles.map((a) => a.title)).toEqual([
    'Cricket board names new captain for the tour',
    'Wheat prices rise in Karachi markets as stocks fall',
  ])
  const swapped = [
    'KARACHI: Wheat prices rose in Karachi markets as stocks fell.',
    'Wheat prices rise in Karachi markets as stocks fall',
    'LAHORE: The cricket board named a new captain for the England tour on Monday.',
  ].join('\n')
  const result = read(swapped)
  expect(result.articles.map((a) => [a.title, a.paragraphs[0]!.text.slice(0, 8)])).toEqual([
    ['Wheat prices rise in Karachi markets as stocks fall', 'KARACHI:'],
  ])
  expect(result.problems).toEqual([{ line: 3, reason: 'body text with no headline' }])
})

test('a short subheading inside a story does not split it', () => {
  const text =
    'Budget passes after long debate\nISLAMABAD: The budget passed.\nWhat comes next\nThe senate votes next week.'
  expect(titles(text)).toEqual([['Budget passes after long debate', 3, 1]])
})

test('a headline with no body is reported with its line', () => {
  expect(read('Just a headline on its own').problems).toEqual([
    { line: 1, reason: 'headline with no body text' },
  ])
})

test('a date line in the headline block is kept as the article date', () => {
  const { articles } = read('Talks resume in Doha\nPublished: March 3, 2026\nDOHA: Talks resumed.')
  expect(articles[0]!.dates).toEqual(['Published: March 3, 2026'])
})

test('a short first paragraph that opens with a dateline is body text, not a headline', () => {
  expect(titles('Talks open in Doha\nDOHA: Talks opened on Monday without a deal')).toEqual([
    ['Talks open in Doha', 1, 1],
  ])
})
