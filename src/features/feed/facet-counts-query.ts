import { queryOptions } from '@tanstack/react-query'
import type { FacetCounts } from '../../lib/facets.ts'
import { fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'

/** The panel's counts with nothing chosen: small, and carried by the prerendered feed. */
export const facetCountsQueryOptions = () =>
  queryOptions({
    queryKey: ['facets', 'counts'],
    queryFn: () => fetchJson<FacetCounts>(dataPaths.facetCounts),
  })
