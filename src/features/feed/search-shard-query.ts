import { queryOptions } from '@tanstack/react-query'
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
