/**
 * The filtered view computed from the whole facet index and the search shards: two values or more, or a
 * search. Its own chunk, loaded on demand (`loadIndexCode`), outside the first load of a one-value view.
 */
import { searchFacets, toSelection } from '../../lib/facet-search.ts'
import type { FacetIndex, Vocabulary, VocabularyEntry } from '../../lib/facets.ts'
import { FILTER_KEYS, resolveFilters, toSearch, type FeedFilters, type FilterKey } from '../../lib/filters.ts'
import { findStories, toQueryTerms, type SearchShard } from '../../lib/search.ts'
import { NO_TERMS, toGroups, toKnown, type FilteredView } from './value-view.ts'

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
