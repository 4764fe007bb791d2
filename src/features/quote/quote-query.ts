import { queryOptions } from '@tanstack/react-query'
import type { Article } from '../../lib/article.ts'
import { fetchJson, NotFoundError } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'
import { toQuotePage } from '../../lib/quote-page.ts'

/**
 * One quote of a story. In the browser it is read from the story's data file (which the reader's next step,
 * the story, needs anyway); a prerendered quote page carries only this, not the story's text.
 */
export const quotePageQueryOptions = (slug: string, quoteId: string) =>
  queryOptions({
    queryKey: ['articles', 'quote', slug, quoteId],
    queryFn: async () => {
      const url = dataPaths.article(slug)
      const page = toQuotePage(await fetchJson<Article>(url), quoteId)
      if (!page) throw new NotFoundError(`${url}#${quoteId}`)
      return page
    },
  })
