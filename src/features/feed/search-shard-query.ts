import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { NotFoundError, fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'
import type { SearchShard } from '../../lib/search.ts'

/** One shard of the search index; a shard no word of the archive falls in does not exist, and finds nothing. */
export const searchShardQueryOptions = (shard: string) =>
  queryOptions({
    queryKey: ['search', 'shard', shard],
    queryFn: () =>
      fetchJson<SearchShard>(dataPaths.searchShard(shard)).catch((error: unknown) => {
        if (error instanceof NotFoundError) return {}
        throw error
      }),
  })

/**
 * The shards a query needs, as one query: in place from the start when each is in the cache already (none
 * for a view without a search), else loaded together. Each shard stays cached on its own.
 */
export const searchShardsQueryOptions = (queryClient: QueryClient, shards: string[]) =>
  queryOptions({
    queryKey: ['search', 'shards', ...shards],
    queryFn: () =>
      Promise.all(shards.map((shard) => queryClient.ensureQueryData(searchShardQueryOptions(shard)))),
    initialData: () => {
      const cached = shards.map((shard) => queryClient.getQueryData(searchShardQueryOptions(shard).queryKey))
      return cached.every((shard) => shard !== undefined) ? cached : undefined
    },
  })
