import { searchFacets, toSelection } from '../lib/facet-search.ts'
import type { FacetIndex, FacetValueFile, Vocabulary } from '../lib/facets.ts'
import { FILTER_KEYS, NO_FILTERS, type FilterKey } from '../lib/filters.ts'

/**
 * One file per value the filters accept (`FacetValueFile`): its stories and the panel with it alone chosen,
 * counted by the same faceted search the app runs over the whole index, so both give the same view. A value
 * no story has yet gets a file too (no stories; its own group's counts), so every valid link loads.
 */
export function toFacetValueFiles(
  index: FacetIndex,
  vocabulary: Vocabulary,
): { key: FilterKey; value: string; file: FacetValueFile }[] {
  return FILTER_KEYS.flatMap((key) =>
    vocabulary[key].map(({ value }) => {
      const selection = toSelection(index, { ...NO_FILTERS, [key]: [value] })
      const { matches, counts } = searchFacets(index, selection, null)
      const ids = matches.map((ordinal, i) => ordinal - (i > 0 ? matches[i - 1]! : 0))
      const panel = {} as FacetValueFile['counts']
      for (const group of FILTER_KEYS) {
        panel[group] = {}
        counts[group].forEach((count, i) => {
          if (count > 0) panel[group][index.values[group][i]!] = count
        })
      }
      return { key, value, file: { total: index.total, pageSize: index.pageSize, ids, counts: panel } }
    }),
  )
}
