/**
 * What every filtered feed is shown with, and the view of one value from its own file: a feed URL with one
 * value (`/?country=af`, the first filter from the feed) needs nothing more. The view computed from the whole
 * facet index (two values or more, a search) is `toFilteredView` in filtered-view.ts, loaded on its own.
 */
import {
  toOrdinals,
  type FacetCount,
  type FacetValueFile,
  type Vocabulary,
  type VocabularyEntry,
} from '../../lib/facets.ts'
import {
  FILTER_KEYS,
  resolveFilters,
  toSearch,
  type FeedFilters,
  type FilterKey,
  type UnknownValue,
} from '../../lib/filters.ts'
import { toQueryTerms } from '../../lib/search.ts'
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

/** The values the vocabulary knows, per group. */
export function toKnown(vocabulary: Vocabulary): Record<FilterKey, ReadonlySet<string>> {
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

/** One array for every view without a search, so memoised results see unchanged terms as unchanged. */
export const NO_TERMS: string[] = []

/**
 * The panel: per group, the values that would show something or are chosen, most stories first (`counted` in
 * name order, so equal counts stay in name order).
 */
export function toGroups(
  filters: FeedFilters,
  vocabulary: Vocabulary,
  counted: (key: FilterKey) => { entry: VocabularyEntry; count: number }[],
): FilteredView['groups'] {
  const groups = {} as FilteredView['groups']
  for (const key of FILTER_KEYS) {
    const chosen = new Set(filters[key])
    const values: FacetCount[] = []
    for (const { entry, count } of counted(key)) {
      if (count > 0 || chosen.has(entry.value)) values.push({ ...entry, count })
      chosen.delete(entry.value)
    }
    // A chosen value no story has still needs its box, so it can be unchecked.
    const entries = chosen.size > 0 ? new Map(vocabulary[key].map((entry) => [entry.value, entry])) : null
    for (const value of chosen) values.push({ ...(entries?.get(value) ?? { value, name: value }), count: 0 })
    groups[key] = values.sort((a, b) => b.count - a.count)
  }
  return groups
}

const byName = new WeakMap<Vocabulary, Record<FilterKey, VocabularyEntry[]>>()

/**
 * The one value chosen, when the URL names exactly one known value and no search: that view needs only the
 * value's own file (`FacetValueFile`), not the whole index.
 */
export function toSingleValue(
  urlFilters: FeedFilters,
  vocabulary: Vocabulary,
): { key: FilterKey; value: string } | null {
  if (urlFilters.q) return null
  const { filters } = resolveFilters(urlFilters, toKnown(vocabulary))
  const chosen = FILTER_KEYS.flatMap((key) => filters[key].map((value) => ({ key, value })))
  return chosen.length === 1 ? chosen[0]! : null
}

/** The view of one chosen value from its file: the same view `toFilteredView` computes from the index. */
export function toValueView(
  urlFilters: FeedFilters,
  file: FacetValueFile,
  vocabulary: Vocabulary,
): FilteredView {
  const cached = valueViews.get(file)
  if (cached?.vocabulary === vocabulary && cached.key === toSearch(urlFilters)) return cached.view
  const view = computeValueView(urlFilters, file, vocabulary)
  valueViews.set(file, { vocabulary, key: toSearch(urlFilters), view })
  return view
}

const valueViews = new WeakMap<FacetValueFile, { vocabulary: Vocabulary; key: string; view: FilteredView }>()

function computeValueView(
  urlFilters: FeedFilters,
  file: FacetValueFile,
  vocabulary: Vocabulary,
): FilteredView {
  const { filters, unknown } = resolveFilters(urlFilters, toKnown(vocabulary))
  let sorted = byName.get(vocabulary)
  if (!sorted) {
    sorted = {} as Record<FilterKey, VocabularyEntry[]>
    for (const key of FILTER_KEYS)
      sorted[key] = [...vocabulary[key]].sort((a, b) => a.name.localeCompare(b.name))
    byName.set(vocabulary, sorted)
  }
  const groups = toGroups(filters, vocabulary, (key) =>
    sorted[key].map((entry) => ({ entry, count: file.counts[key][entry.value] ?? 0 })),
  )
  return { filters, unknown, terms: NO_TERMS, matches: toOrdinals(file), groups }
}
