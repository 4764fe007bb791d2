import type { Article } from '../../lib/article.ts'
import { deferred } from '../../lib/deferred.tsx'

/**
 * Below the text on phones and beside it from 1024px, never the first thing read: the story paints and
 * hydrates without waiting for its code. A navigation to a story loads it with the data.
 */
export const ArticleAside = deferred<{ article: Article }>(
  async () => (await import('./article-aside.tsx')).ArticleAside,
  { eager: false },
)
