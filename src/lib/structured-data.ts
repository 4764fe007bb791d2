import type { Country, NewsArticle, Organization, Person, Quotation, Thing, WithContext } from 'schema-dts'
import type { Article, Speaker } from './article.ts'
import type { QuotePage } from './quote-page.ts'

/** Where the IPTC Media Topic `medtop:20000639` is defined. */
const toTopicUri = (qcode: string) =>
  `http://cv.iptc.org/newscodes/mediatopic/${qcode.replace(/^medtop:/, '')}`

const toSpeakerThing = (speaker: Speaker | null): Person | Organization | undefined => {
  if (speaker?.kind === 'person') return { '@type': 'Person', name: speaker.name }
  if (speaker?.kind === 'organization') return { '@type': 'Organization', name: speaker.name }
  return undefined
}

/**
 * A schema.org `NewsArticle` for an article page: what search engines read of the story. `url` is the page's
 * absolute URL; dates and a dateline only where the input gives them.
 */
export function toNewsArticle(article: Article, url: string): WithContext<NewsArticle> {
  const places = article.countries.filter((c) => c.role !== 'mentioned')
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary.join(' ') || article.paragraphs[0] || article.title,
    url,
    mainEntityOfPage: url,
    ...(article.publishedAt && { datePublished: article.publishedAt }),
    ...(article.dateline && { dateline: article.dateline.city }),
    ...(places.length > 0 && {
      contentLocation: places.map((c): Country => ({ '@type': 'Country', name: c.name, identifier: c.code })),
    }),
    ...(article.topics.length > 0 && {
      about: article.topics.map((t): Thing => ({ '@type': 'Thing', name: t.name, sameAs: toTopicUri(t.id) })),
    }),
    ...(article.people.length + article.organizations.length > 0 && {
      mentions: [
        ...article.people.map((p): Person => ({ '@type': 'Person', name: p.name })),
        ...article.organizations.map((o): Organization => ({ '@type': 'Organization', name: o.name })),
      ],
    }),
    ...(article.byline && { author: { '@type': 'Person', name: article.byline } }),
    ...(article.source.outlet && {
      sourceOrganization: { '@type': 'Organization', name: article.source.outlet },
    }),
  }
}

/** A schema.org `Quotation` for a quote page: the words, who said them, the story they are part of. */
export function toQuotation(page: QuotePage, url: string, articleUrl: string): WithContext<Quotation> {
  const speaker = toSpeakerThing(page.quote.speaker)
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: page.quote.text,
    url,
    ...(speaker && { creator: speaker }),
    ...(page.quote.speaker?.kind === 'person' && { spokenByCharacter: speaker }),
    isPartOf: {
      '@type': 'NewsArticle',
      headline: page.title,
      url: articleUrl,
      ...(page.publishedAt && { datePublished: page.publishedAt }),
    },
  }
}
