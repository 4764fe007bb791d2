/** The pages of one story: its article page and a page for each of its quotes. */
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../src/lib/article.ts'
import type { RelatedEntry } from '../../src/lib/feed.ts'
import { paths, toQuoteNumber } from '../../src/lib/paths.ts'
import { toQuotePage, toQuoteTitle, toSpeakerName } from '../../src/lib/quote-page.ts'
import { toNewsArticle, toQuotation } from '../../src/lib/structured-data.ts'
import { toDescription } from '../head-tags.ts'
import { toFeedTitle } from '../write-feeds.ts'
import type { PageWriter } from './page-writer.ts'

/** A story to render: its data files' text (`articles/<slug>.json`, `related/<slug>.json`). */
export interface StoryData {
  article: string
  related: string
}

/** Writes a story's pages; returns the files written. */
export async function writeArticlePages(writer: PageWriter, data: StoryData): Promise<string[]> {
  const { siteUrl } = writer
  const article = JSON.parse(data.article) as Article
  const related = JSON.parse(data.related) as RelatedEntry[]
  const articleUrl = siteUrl + paths.article(article.slug)
  const written = [
    await writer.writePage(
      join('articles', `${article.slug}.html`),
      paths.article(article.slug),
      {
        title: article.title,
        description: toDescription(article.summary.join(' ') || article.paragraphs[0] || article.title),
        url: articleUrl,
        type: 'article',
        // The feeds this story is in, for its countries: those the country filter reads.
        feeds: article.countries
          .filter((c) => c.role !== 'mentioned')
          .map((c) => ({
            title: toFeedTitle(c.name),
            url: siteUrl + paths.rss({ key: 'country', value: c.code.toLowerCase() }),
          })),
        structuredData: toNewsArticle(article, articleUrl),
      },
      (qc) => writer.preloadArticle(qc, article, related),
      'src/features/article/article-page.tsx',
      article.publishedAt,
    ),
  ]
  // A story edited to fewer quotes leaves no page for a quote it no longer has.
  const quotes = join(writer.dist, 'articles', article.slug)
  if (!writer.fresh) await rm(quotes, { recursive: true, force: true })
  if (article.quotes.length === 0) return written
  await mkdir(join(quotes, 'quotes'), { recursive: true })
  // One page at a time: rendering is synchronous, and each page's writing overlaps the next one's render.
  for (const quote of article.quotes) {
    const page = toQuotePage(article, quote.id)!
    const path = paths.quotePage(article.slug, quote.id)
    written.push(
      await writer.writePage(
        join('articles', article.slug, 'quotes', `${toQuoteNumber(quote.id)}.html`),
        path,
        {
          title: toQuoteTitle(quote),
          description: toDescription(`${toSpeakerName(quote)}, quoted in “${article.title}”`),
          url: siteUrl + path,
          type: 'article',
          structuredData: toQuotation(page, siteUrl + path, articleUrl),
        },
        (qc) => writer.preloadQuote(qc, page),
        'src/features/quote/quote-page.tsx',
        article.publishedAt,
      ),
    )
  }
  return written
}
