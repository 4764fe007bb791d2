import type { Article, Quote } from '../../lib/article.ts'

/** A short article for component tests: three paragraphs with a quotation, a country, a region and a topic. */
export function anArticle(over: Partial<Article> = {}): Article {
  return {
    id: 'talks',
    slug: 'ministers-agree-to-reopen-the-border-crossing',
    title: 'Ministers agree to reopen the border crossing',
    summary: [],
    dateline: { city: 'Islamabad', country: 'PK' },
    publishedAt: '2021-01-03',
    source: { file: 'news.txt', line: 1 },
    paragraphs: [
      'Ministers met for two days of talks on trade.',
      'The crossing “will reopen next week”, the foreign minister said.',
      'Traders on both sides welcomed the news.',
    ],
    quotes: [],
    countries: [{ code: 'PK', name: 'Pakistan', mentions: 2, role: 'dateline' }],
    regions: [{ id: 'southern-asia', name: 'Southern Asia' }],
    topics: [{ id: 'medtop:20000565', name: 'diplomacy', ancestors: ['medtop:11000000'] }],
    people: [],
    organizations: [],
    ...over,
  }
}

/** The quote in the second paragraph, as the pipeline would mark it. */
export const reopenQuote: Quote = {
  id: 'quote-1',
  paragraph: 1,
  start: 14,
  end: 35,
  text: 'will reopen next week',
  partial: true,
  speaker: { name: 'Foreign Minister', mention: 'the foreign minister', kind: 'person' },
}
