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

/** One group's values of every story, packed: story `n` has `values[starts[n]]` up to `values[starts[n + 1]]`. */
type Column = { starts: Uint32Array; values: Uint32Array }

const columns = new WeakMap<FacetIndex, Column[]>()

/** The index as one packed column per group, built once per index: the scan below then reads flat arrays. */
function toColumns(index: FacetIndex): Column[] {
  let packed = columns.get(index)
  if (!packed) {
    packed = FILTER_KEYS.map((_, g) => {
      const starts = new Uint32Array(index.articles.length + 1)
      index.articles.forEach((groups, n) => (starts[n + 1] = starts[n]! + groups[g]!.length))
      const values = new Uint32Array(starts[index.articles.length]!)
      index.articles.forEach((groups, n) => values.set(groups[g]!, starts[n]))
      return { starts, values }
    })
    columns.set(index, packed)
  }
  return packed
}

/** Per group, a flag per value index for the chosen values; null when the group is not filtered. */
function toFlags(index: FacetIndex, selection: Selection): (Uint8Array | null)[] {
  return FILTER_KEYS.map((key) => {
    const chosen = selection[key]
    if (!chosen) return null
    const flags = new Uint8Array(index.values[key].length)
    for (const value of chosen) flags[value] = 1
    return flags
  })
}

function hasChosen({ starts, values }: Column, story: number, flags: Uint8Array): boolean {
  for (let i = starts[story]!; i < starts[story + 1]!; i++) if (flags[values[i]!] === 1) return true
  return false
}

/**
 * Filters the feed and counts facets in one pass, as faceted search does: a story that fails no group is a
 * match and counts everywhere; a story that fails exactly one group counts only in that group, because
 * changing that group's choice could still show it. `allowed` (the search hits) applies to everything.
 * Plain loops over packed arrays: this runs on every filter change, over the whole archive.
 */
export function searchFacets(
  index: FacetIndex,
  selection: Selection,
  allowed: Set<number> | null,
): FacetResult {
  const packed = toColumns(index)
  const flags = toFlags(index, selection)
  const tallies = FILTER_KEYS.map((key) => new Uint32Array(index.values[key].length))
  const matches: number[] = []
  for (let story = 0; story < index.articles.length; story++) {
    if (allowed && !allowed.has(story)) continue
    let failed = -1
    let failures = 0
    for (let g = 0; g < GROUPS && failures < 2; g++) {
      const chosen = flags[g]
      if (chosen && !hasChosen(packed[g]!, story, chosen)) {
        failed = g
        failures++
      }
    }
    if (failures > 1) continue
    if (failures === 0) matches.push(story)
    for (let g = 0; g < GROUPS; g++) {
      if (failures === 1 && g !== failed) continue
      const { starts, values } = packed[g]!
      const tally = tallies[g]!
      for (let i = starts[story]!; i < starts[story + 1]!; i++) tally[values[i]!]!++
    }
  }
  const [country, region, topic] = tallies.map((tally) => Array.from(tally))
  return { matches, counts: { country: country!, region: region!, topic: topic! } }
}
