import type { QueryClient } from '@tanstack/react-query'
import { feedQueryOptions } from './feed-query.ts'

export const feedLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureInfiniteQueryData(feedQueryOptions())
  return null
}
