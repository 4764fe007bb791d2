import { queryOptions } from '@tanstack/react-query'
import type { Vocabulary } from '../../lib/facets.ts'
import { fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'

/** Every value a filter may name, with its name; loaded only once filtering is in use. */
export const vocabularyQueryOptions = () =>
  queryOptions({
    queryKey: ['facets', 'vocabulary'],
    queryFn: () => fetchJson<Vocabulary>(dataPaths.vocabulary),
  })
