import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import type { PredictedArticle } from './score-article.ts'
import { scoreArticle, totalScores } from './score-article.ts'
import type { GoldArticle, GoldFile, GoldQuote } from './score.ts'
import { datelineMatches, quoteTextsMatch, scoreQuotes, scoreSet, speakerMatches } from './score.ts'

const gold = (
  paragraph: number,
  text: string,
  speaker: string[],
  extra: Partial<GoldQuote> = {},
): GoldQuote => ({
  paragraph,
  text,
  speaker,
  partial: false,
  ...extra,
})
const said = (paragraph: number, text: string, name: string | null, partial = false) => ({
  paragraph,
  text,
  partial,
  speaker: name === null ? null : { name },
})

test('quote texts match across marks, case and trailing punctuation', () => {
  expect(quoteTextsMatch('very soon,', '“Very soon”')).toBe(true)
  expect(quoteTextsMatch('It’s simple arithmetic,', "it's simple arithmetic")).toBe(true)
})

test('a quote that contains the gold text matches only when it covers 80% of it', () => {
  const text = 'We have lost more than $2 million in the last 20 days.'
  expect(quoteTextsMatch(text, `${text} Our`)).toBe(true)
  expect(quoteTextsMatch(text, 'We have lost more than $2 million')).toBe(false)
})

test('a speaker matches by whole words, never by letters inside a name', () => {
  expect(speakerMatches('Rahimi', ['Abdul Basir Rahimi'])).toBe(true)
  expect(speakerMatches('the NDS', ['NDS', 'Directorate of National Security'])).toBe(true)
  expect(speakerMatches('Dr Abdul Basir Rahimi', ['Abdul Basir Rahimi'])).toBe(true)
  expect(speakerMatches('he', ['Sherzod Rakhimov'])).toBe(false)
  expect(speakerMatches(null, ['Sherzod Rakhimov'])).toBe(false)
})

test('quotes pair one to one within a paragraph; optional ones are neither missed nor spurious', () => {
  const labels = [
    gold(2, 'One two three four.', ['A']),
    gold(2, 'Five six.', ['A']),
    gold(4, 'chant', ['B'], { optional: true }),
  ]
  const score = scoreQuotes(labels, [
    said(2, 'One two three four.', 'B'),
    said(3, 'Five six.', 'A'),
    said(4, 'chant', null),
  ])
  expect(score.matches.map((m) => m.speakerOk)).toEqual([false])
  expect(score.missed.map((g) => g.text)).toEqual(['Five six.'])
  expect(score.spurious.map((p) => p.paragraph)).toEqual([3])
})

test('set scores give precision and recall with the differences listed', () => {
  expect(scoreSet(['AF', 'PK'], ['AF', 'GE'])).toEqual({
    precision: 0.5,
    recall: 0.5,
    missing: ['PK'],
    extra: ['GE'],
  })
  expect(scoreSet([], [])).toMatchObject({ precision: 1, recall: 1 })
})

test('datelines compare city loosely and country exactly', () => {
  expect(datelineMatches({ city: 'Gaza City', country: 'PS' }, { city: 'GAZA CITY', country: 'PS' })).toBe(
    true,
  )
  expect(datelineMatches({ city: 'Washington', country: 'US' }, { city: 'Washington', country: null })).toBe(
    false,
  )
  expect(datelineMatches(null, null)).toBe(true)
})

test('a lost article scores zero and its quotes count as missed', () => {
  const article: GoldArticle = {
    title: 'T',
    quotes: [gold(0, 'x y z', ['A'])],
    countries: ['AF'],
    subjects: ['AF'],
    dateline: null,
  }
  const totals = totalScores([scoreArticle(article, undefined)], [])
  expect(totals.quotes.missed).toBe(1)
  expect(totals.countries.recall).toBe(0)
  expect(totals.dateline.correct).toBe(0)
})

const asPrediction = (a: GoldArticle): PredictedArticle => ({
  title: a.title,
  dateline: a.dateline,
  quotes: a.quotes.map((q) => said(q.paragraph, q.text, q.speaker[0] ?? null, q.partial)),
  countries: a.countries.map((code) => ({
    code,
    role: code === a.dateline?.country ? 'dateline' : a.subjects.includes(code) ? 'subject' : 'mentioned',
  })),
})

test('the labels read back as predictions score 100% on every measure', () => {
  const dir = join(import.meta.dirname, 'labels')
  const labels = readdirSync(dir).flatMap(
    (f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile).articles,
  )
  const totals = totalScores(
    labels.map((a) => scoreArticle(a, asPrediction(a))),
    [],
  )
  expect(labels.length).toBeGreaterThanOrEqual(24)
  expect([totals.quotes.f1, totals.speakers.accuracy, totals.partialFlag.accuracy]).toEqual([1, 1, 1])
  expect([totals.countries.f1, totals.focusCountries.f1, totals.dateline.accuracy]).toEqual([1, 1, 1])
})
