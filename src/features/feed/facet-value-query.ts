import { queryOptions } from '@tanstack/react-query'
import type { FacetValueFile } from '../../lib/facets.ts'
import { fetchJson } from '../../lib/fetch-json.ts'
import type { FilterKey } from '../../lib/filters.ts'
import { dataPaths } from '../../lib/paths.ts'

/** One filter value's stories and panel counts: all the first filter change loads. */
export const facetValueQueryOptions = ({ key, value }: { key: FilterKey; value: string }) =>
  queryOptions({
    queryKey: ['facets', 'value', key, value],
    queryFn: () => fetchJson<FacetValueFile>(dataPaths.facetValue(key, value)),
  })
