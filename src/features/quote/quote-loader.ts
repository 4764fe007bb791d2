import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { NotFoundError } from '../../lib/fetch-json.ts'
import { toQuoteId } from '../../lib/paths.ts'
import { quotePageQueryOptions } from './quote-query.ts'

export const quoteLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? ''
    const quoteId = toQuoteId(params.n ?? '')
    if (!quoteId) throw new NotFoundError(`quote ${params.n ?? ''}`)
    await queryClient.ensureQueryData(quotePageQueryOptions(slug, quoteId))
    return null
  }
