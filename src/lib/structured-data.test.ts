import { expect, test } from 'vitest'
import type { Article } from './article.ts'
import type { QuotePage } from './quote-page.ts'
import { toNewsArticle, toQuotation } from './structured-data.ts'

const article: Article = {
  id: 'talks',
  slug: 'talks',
  title: 'Ministers agree to reopen the border crossing',
  summary: ['The crossing reopens next week.'],
  dateline: { city: 'Islamabad', country: 'PK' },
  publishedAt: '2021-01-03',
  source: { file: 'news.txt', line: 1 },
  paragraphs: ['Ministers met for two days of talks.'],
  quotes: [],
  countries: [
    { code: 'PK', name: 'Pakistan', mentions: 2, role: 'dateline' },
    { code: 'QA', name: 'Qatar', mentions: 1, role: 'mentioned' },
  ],
  regions: [],
  topics: [{ id: 'medtop:20000565', name: 'diplomacy', ancestors: [] }],
  people: [{ name: 'Kaja Kallas', mentions: 1 }],
  organizations: [{ name: 'European Union', mentions: 2 }],
}

test('an article is a NewsArticle with its headline, dates, places, topics and names', () => {
  expect(toNewsArticle(article, 'https://d.example/articles/talks')).toEqual({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Ministers agree to reopen the border crossing',
    description: 'The crossing reopens next week.',
    url: 'https://d.example/articles/talks',
    mainEntityOfPage: 'https://d.example/articles/talks',
    datePublished: '2021-01-03',
    dateline: 'Islamabad',
    contentLocation: [{ '@type': 'Country', name: 'Pakistan', identifier: 'PK' }],
    about: [
      { '@type': 'Thing', name: 'diplomacy', sameAs: 'http://cv.iptc.org/newscodes/mediatopic/20000565' },
    ],
    mentions: [
      { '@type': 'Person', name: 'Kaja Kallas' },
      { '@type': 'Organization', name: 'European Union' },
    ],
  })
})

test('what the input does not say is left out, never invented', () => {
  const data = toNewsArticle(
    {
      ...article,
      publishedAt: null,
      dateline: null,
      countries: [],
      topics: [],
      people: [],
      organizations: [],
    },
    'https://d.example/articles/talks',
  )
  for (const key of ['datePublished', 'dateline', 'contentLocation', 'about', 'mentions'])
    expect(data).not.toHaveProperty(key)
})

const page: QuotePage = {
  slug: 'talks',
  title: article.title,
  publishedAt: null,
  dateline: null,
  datelineCountry: null,
  paragraph: '"We will reopen," she said.',
  quoteCount: 1,
  quote: {
    id: 'quote-1',
    paragraph: 0,
    start: 1,
    end: 15,
    text: 'We will reopen',
    partial: false,
    speaker: { name: 'Hina Rabbani Khar', mention: 'she', kind: 'person' },
  },
}

test('a quote is a Quotation by its speaker, part of its article', () => {
  const data = toQuotation(
    page,
    'https://d.example/articles/talks/quotes/1',
    'https://d.example/articles/talks',
  )
  expect(data).toMatchObject({
    '@type': 'Quotation',
    text: 'We will reopen',
    creator: { '@type': 'Person', name: 'Hina Rabbani Khar' },
    spokenByCharacter: { '@type': 'Person', name: 'Hina Rabbani Khar' },
    isPartOf: { '@type': 'NewsArticle', headline: article.title, url: 'https://d.example/articles/talks' },
  })
})

test('a quote by an organisation names it as creator; an unidentified one names nobody', () => {
  const org = {
    ...page,
    quote: { ...page.quote, speaker: { name: 'The ministry', mention: null, kind: 'organization' as const } },
  }
  const byOrg = toQuotation(org, 'u', 'a')
  expect(byOrg).toMatchObject({ creator: { '@type': 'Organization', name: 'The ministry' } })
  expect(byOrg).not.toHaveProperty('spokenByCharacter')
  const nobody = toQuotation({ ...page, quote: { ...page.quote, speaker: null } }, 'u', 'a')
  expect(nobody).not.toHaveProperty('creator')
})
