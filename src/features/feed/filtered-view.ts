import { searchFacets, toSelection } from '../../lib/facet-search.ts'
import { byCount, type FacetCount, type FacetIndex, type Vocabulary } from '../../lib/facets.ts'
import {
  FILTER_KEYS,
  resolveFilters,
  type FeedFilters,
  type FilterKey,
  type UnknownValue,
} from '../../lib/filters.ts'
import { findStories, toQueryTerms, type SearchShard } from '../../lib/search.ts'
import { toShard } from '../../lib/search-terms.ts'

/** Everything the filtered feed shows, computed from the URL's filters and the loaded data. */
export type FilteredView = {
  /** The filters that name something; unknown values are set aside in `unknown`. */
  filters: FeedFilters
  unknown: UnknownValue[]
  /** The search words, for marking them in results. */
  terms: string[]
  /** Feed ordinals of the matching stories, newest first. */
  matches: number[]
  /** The panel: per group, the values that would show something, or are chosen, most stories first. */
  groups: Record<FilterKey, FacetCount[]>
}

const knownValues = new WeakMap<Vocabulary, Record<FilterKey, ReadonlySet<string>>>()

function toKnown(vocabulary: Vocabulary): Record<FilterKey, ReadonlySet<string>> {
  let known = knownValues.get(vocabulary)
  if (!known) {
    const set = (key: FilterKey) => new Set(vocabulary[key].map((entry) => entry.value))
    known = { country: set('country'), region: set('region'), topic: set('topic') }
    knownValues.set(vocabulary, known)
  }
  return known
}

/** The search shards a query needs. */
export function toShards(q: string): string[] {
  return [...new Set(toQueryTerms(q).map(toShard))]
}

/** The feed page files that hold these ordinals. */
export function toPages(ordinals: number[], pageSize: number): number[] {
  return [...new Set(ordinals.map((ordinal) => Math.floor(ordinal / pageSize) + 1))]
}

/** Filters the feed and counts the panel (see `searchFacets`); a pure function of its inputs. */
export function toFilteredView(
  urlFilters: FeedFilters,
  index: FacetIndex,
  vocabulary: Vocabulary,
  shards: ReadonlyMap<string, SearchShard>,
): FilteredView {
  const { filters, unknown } = resolveFilters(urlFilters, toKnown(vocabulary))
  const terms = toQueryTerms(filters.q)
  const allowed = filters.q ? findStories(terms, shards) : null
  const { matches, counts } = searchFacets(index, toSelection(index, filters), allowed)
  const groups = {} as FilteredView['groups']
  for (const key of FILTER_KEYS) {
    const names = new Map(vocabulary[key].map((entry) => [entry.value, entry.name]))
    const values = index.values[key].map((value, i) => ({
      value,
      name: names.get(value) ?? value,
      count: counts[key][i] ?? 0,
    }))
    // A chosen value no story has still needs its box, so it can be unchecked.
    for (const value of filters[key])
      if (!index.values[key].includes(value))
        values.push({ value, name: names.get(value) ?? value, count: 0 })
    groups[key] = values.filter((v) => v.count > 0 || filters[key].includes(v.value)).sort(byCount)
  }
  return { filters, unknown, terms, matches, groups }
}
