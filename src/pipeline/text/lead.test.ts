import { expect, test } from 'vitest'
import { readArticles } from '../read-articles.ts'

const read = (text: string) => readArticles('lead.txt', new TextEncoder().encode(text))
const BODY =
  '\n\nThe driver was arrested at the scene, officials said on Monday, and two passengers were treated.'

test('a headline that opens with a speaker and a colon is a headline, even when the word is also a town', () => {
  // Carson (California), Police (Poland) and Boom (Belgium) are towns; here they open headlines.
  for (const title of [
    'Carson: Rivals are running out of time.',
    'Police: Driver was speeding before the crash',
    'BOOM: Minister Walks Out Of Budget Talks In Protest.',
  ]) {
    const { articles, problems } = read(title + BODY)
    expect(problems, title).toEqual([])
    expect(
      articles.map((a) => a.paragraphs.length),
      title,
    ).toEqual([1])
    expect(articles[0]!.title, title).toBe(title.replace(/\.$/, ''))
  }
})

test('a headline in quotation marks is a headline', () => {
  const { articles, problems } = read('‘Black Cats Matter’ Sends A Message To Every City Council.’' + BODY)
  expect(problems).toEqual([])
  expect(articles[0]!.title).toBe('‘Black Cats Matter’ Sends A Message To Every City Council.’')
})

test('a first line that opens with a dateline and reads as a sentence is the body, titled with a warning', () => {
  const { articles, problems } = read(`KARACHI: The port reopened on Monday after a two-day strike.${BODY}`)
  expect(articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
    ['The port reopened on Monday after a two-day strike', 2],
  ])
  expect(problems).toEqual([
    {
      file: 'lead.txt',
      line: 1,
      reason: 'text with no headline, titled by its first sentence',
      warning: true,
    },
  ])
})
