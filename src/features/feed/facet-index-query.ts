import { queryOptions } from '@tanstack/react-query'
import type { FacetIndex } from '../../lib/facets.ts'
import { fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'

/** Every story's facet values; loaded only once filtering is in use, never on the first load. */
export const facetIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['facets', 'index'],
    queryFn: () => fetchJson<FacetIndex>(dataPaths.facetIndex),
  })
