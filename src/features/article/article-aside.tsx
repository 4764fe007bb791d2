import type { Article } from '../../lib/article.ts'
import { paths } from '../../lib/paths.ts'
import { ArticleContext } from './article-context.tsx'
import { RelatedArticles } from './related-articles.tsx'
import { WhosQuoted } from './whos-quoted.tsx'

const toUrl = (path: string) =>
  typeof window === 'undefined' ? path : new URL(path, window.location.origin).href

/** Beside the story: who is quoted, what it is about and related stories. */
export function ArticleAside({ article }: { article: Article }) {
  return (
    <>
      <WhosQuoted
        quotes={article.quotes}
        title={article.title}
        quoteUrl={(id) => toUrl(paths.quotePage(article.slug, id))}
      />
      <ArticleContext article={article} />
      <RelatedArticles slug={article.slug} />
    </>
  )
}
