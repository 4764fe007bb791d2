import { facetIndexQueryOptions } from './facet-index-query.ts'
import { searchShardQueryOptions } from './search-shard-query.ts'
import { toShards } from './value-view.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

/** Stories shown at once in a filtered feed, before "More stories". */
export const RESULTS_PAGE = 20

/** The data a filtered feed cannot show without: the facet index, the vocabulary, a search shard per word. */
export function filterDataQueries(q: string) {
  return {
    index: facetIndexQueryOptions(),
    vocabulary: vocabularyQueryOptions(),
    shards: toShards(q).map((name) => ({ name, options: searchShardQueryOptions(name) })),
  }
}
