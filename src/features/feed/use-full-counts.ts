import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { NO_FILTERS } from '../../lib/filters.ts'
import { facetIndexQueryOptions } from './facet-index-query.ts'
import { filterCode, loadFilterCode } from './feed-code.tsx'
import type { FilteredView } from './value-view.ts'
import { vocabularyQueryOptions } from './vocabulary-query.ts'

/**
 * The unfiltered panel's counts for every value, once the facet index is in the cache (the panel loads it
 * when the reader reaches for it); until then undefined, and the precomputed most frequent values serve.
 */
export function useFullCounts(): FilteredView['groups'] | undefined {
  // Cache readers only: loading is started by the panel, never by the first render.
  const { data: index } = useQuery({ ...facetIndexQueryOptions(), enabled: false })
  const { data: vocabulary } = useQuery({ ...vocabularyQueryOptions(), enabled: false })
  // What counts them is the code that filters the whole index (beside the code of filtered feeds), outside
  // the first load.
  const [code, setCode] = useState(() => filterCode()?.indexCode())
  const wanted = index !== undefined && vocabulary !== undefined
  useEffect(() => {
    if (wanted && !code)
      void loadFilterCode()
        .then((loaded) => loaded.loadIndexCode())
        .then((loaded) => setCode(() => loaded))
  }, [wanted, code])
  return useMemo(
    () =>
      index && vocabulary && code
        ? code.toFilteredView(NO_FILTERS, index, vocabulary, new Map()).groups
        : undefined,
    [index, vocabulary, code],
  )
}
