import { searchFacets, toSelection } from '../../lib/facet-search.ts'
import {
  toOrdinals,
  type FacetCount,
  type FacetIndex,
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

/** One array for every view without a search, so memoised results see unchanged terms as unchanged. */
const NO_TERMS: string[] = []

type Named = { entry: VocabularyEntry; position: number }

const panelOrders = new WeakMap<FacetIndex, { vocabulary: Vocabulary; order: Record<FilterKey, Named[]> }>()

/**
 * Per group, every value of the index with its vocabulary entry (name, other names, parent) and position, in name order: computed once per index, so
 * a filter change sorts by count alone (a stable sort keeps equal counts in name order, as `byCount` does).
 */
function toPanelOrder(index: FacetIndex, vocabulary: Vocabulary): Record<FilterKey, Named[]> {
  const cached = panelOrders.get(index)
  if (cached?.vocabulary === vocabulary) return cached.order
  const order = {} as Record<FilterKey, Named[]>
  for (const key of FILTER_KEYS) {
    const entries = new Map(vocabulary[key].map((entry) => [entry.value, entry]))
    order[key] = index.values[key]
      .map((value, position) => ({ entry: entries.get(value) ?? { value, name: value }, position }))
      .sort((a, b) => a.entry.name.localeCompare(b.entry.name))
  }
  panelOrders.set(index, { vocabulary, order })
  return order
}

type CachedView = { vocabulary: Vocabulary; shards: SearchShard[]; view: FilteredView }

/** Views computed lately, per index and filters' query string: the reader's next filters are often its last. */
const recentViews = new WeakMap<FacetIndex, Map<string, CachedView>>()
const RECENT = 16

/**
 * Filters the feed and counts the panel (see `searchFacets`); a pure function of its inputs. The result is
 * remembered, so the view computed when the reader points at a filter serves the click that follows.
 */
export function toFilteredView(
  urlFilters: FeedFilters,
  index: FacetIndex,
  vocabulary: Vocabulary,
  shards: ReadonlyMap<string, SearchShard>,
): FilteredView {
  const key = toSearch(urlFilters)
  const shardData = [...shards.values()]
  let recent = recentViews.get(index)
  if (!recent) recentViews.set(index, (recent = new Map()))
  const cached = recent.get(key)
  if (
    cached?.vocabulary === vocabulary &&
    cached.shards.length === shardData.length &&
    cached.shards.every((shard, i) => shard === shardData[i])
  )
    return cached.view
  const view = computeView(urlFilters, index, vocabulary, shards)
  recent.delete(key)
  recent.set(key, { vocabulary, shards: shardData, view })
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!)
  return view
}

function computeView(
  urlFilters: FeedFilters,
  index: FacetIndex,
  vocabulary: Vocabulary,
  shards: ReadonlyMap<string, SearchShard>,
): FilteredView {
  const { filters, unknown } = resolveFilters(urlFilters, toKnown(vocabulary))
  const terms = filters.q ? toQueryTerms(filters.q) : NO_TERMS
  const allowed = filters.q ? findStories(terms, shards) : null
  const { matches, counts } = searchFacets(index, toSelection(index, filters), allowed)
  const order = toPanelOrder(index, vocabulary)
  const groups = toGroups(filters, vocabulary, (key) =>
    order[key].map(({ entry, position }) => ({ entry, count: counts[key][position] ?? 0 })),
  )
  return { filters, unknown, terms, matches, groups }
}

/**
 * The panel: per group, the values that would show something or are chosen, most stories first (`counted` in
 * name order, so equal counts stay in name order).
 */
function toGroups(
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
