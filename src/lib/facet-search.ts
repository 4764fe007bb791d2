import type { FacetIndex } from './facets.ts'
import { FILTER_KEYS, type FeedFilters, type FilterKey } from './filters.ts'

/** Per group, the chosen value indexes; null when the group is not filtered. */
export type Selection = Record<FilterKey, Set<number> | null>

export type FacetResult = {
  /** Feed ordinals (0-based positions in the feed) of the matching stories, newest first. */
  matches: number[]
  /** Per group, per value index: the stories that value would show given the OTHER groups' choices. */
  counts: Record<FilterKey, number[]>
}

/**
 * The chosen values as indexes into the facet index. A valid value no story has yet keeps its group filtered
 * (an empty set), so it finds nothing rather than being dropped.
 */
export function toSelection(index: FacetIndex, filters: FeedFilters): Selection {
  const select = (key: FilterKey) => {
    if (filters[key].length === 0) return null
    const position = new Map(index.values[key].map((value, i) => [value, i]))
    return new Set(filters[key].flatMap((value) => position.get(value) ?? []))
  }
  return { country: select('country'), region: select('region'), topic: select('topic') }
}

const GROUPS = FILTER_KEYS.length

/**
 * Filters the feed and counts facets in one pass, as faceted search does: a story that fails no group is a
 * match and counts everywhere; a story that fails exactly one group counts only in that group, because
 * changing that group's choice could still show it. `allowed` (the search hits) applies to everything.
 */
export function searchFacets(
  index: FacetIndex,
  selection: Selection,
  allowed: Set<number> | null,
): FacetResult {
  const counts = {
    country: new Array<number>(index.values.country.length).fill(0),
    region: new Array<number>(index.values.region.length).fill(0),
    topic: new Array<number>(index.values.topic.length).fill(0),
  }
  const groups = FILTER_KEYS.map((key) => ({ chosen: selection[key], counts: counts[key] }))
  const matches: number[] = []
  index.articles.forEach((values, ordinal) => {
    if (allowed && !allowed.has(ordinal)) return
    let failed = -1
    let failures = 0
    for (let g = 0; g < GROUPS; g++) {
      const chosen = groups[g]!.chosen
      if (chosen && !values[g]!.some((v) => chosen.has(v))) {
        failed = g
        if (++failures > 1) return
      }
    }
    if (failures === 0) matches.push(ordinal)
    for (let g = 0; g < GROUPS; g++) {
      if (failures === 1 && g !== failed) continue
      const groupCounts = groups[g]!.counts
      for (const v of values[g]!) groupCounts[v]!++
    }
  })
  return { matches, counts }
}
