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

/**
 * The index packed and turned around, built once per index. Per group: one column of every story's values
 * (story `n` has `values[starts[n]]` up to `values[starts[n + 1]]`), the stories of every value (value `v`
 * has `stories[firsts[v]]` up to `stories[firsts[v + 1]]`, ascending), and each value's count with nothing
 * else chosen.
 */
type Group = {
  starts: Uint32Array
  values: Uint32Array
  firsts: Uint32Array
  stories: Uint32Array
  totals: number[]
}

const inverted = new WeakMap<FacetIndex, Group[]>()

function toGroups(index: FacetIndex): Group[] {
  let groups = inverted.get(index)
  if (!groups) {
    const count = index.articles.length
    groups = FILTER_KEYS.map((key, g) => {
      const starts = new Uint32Array(count + 1)
      index.articles.forEach((story, n) => (starts[n + 1] = starts[n]! + story[g]!.length))
      const values = new Uint32Array(starts[count]!)
      index.articles.forEach((story, n) => values.set(story[g]!, starts[n]))
      const totals = index.values[key].map(() => 0)
      for (const value of values) totals[value]!++
      const firsts = new Uint32Array(totals.length + 1)
      totals.forEach((total, v) => (firsts[v + 1] = firsts[v]! + total))
      const stories = new Uint32Array(values.length)
      const next = firsts.slice(0, -1)
      for (let n = 0; n < count; n++)
        for (let i = starts[n]!; i < starts[n + 1]!; i++) stories[next[values[i]!]!++] = n
      return { starts, values, firsts, stories, totals }
    })
    inverted.set(index, groups)
  }
  return groups
}

/** The stories having any of the chosen values of a group, as a bitmap. */
function anyOf({ firsts, stories }: Group, chosen: Set<number>, words: number): Uint32Array {
  const union = new Uint32Array(words)
  for (const value of chosen) {
    if (value + 1 >= firsts.length) continue
    for (let i = firsts[value]!; i < firsts[value + 1]!; i++)
      union[stories[i]! >>> 5]! |= 1 << (stories[i]! & 31)
  }
  return union
}

/** The search hits as a bitmap of the index's stories. */
function toBitmap(hits: Set<number>, stories: number): Uint32Array {
  const bitmap = new Uint32Array((stories + 31) >>> 5)
  for (const story of hits) if (story >= 0 && story < stories) bitmap[story >>> 5]! |= 1 << (story & 31)
  return bitmap
}

/** The stories of a bitmap, ascending, appended to `out`. */
function pushStories(bitmap: Uint32Array, out: number[]) {
  for (let w = 0; w < bitmap.length; w++) {
    let word = bitmap[w]!
    while (word !== 0) {
      const low = word & -word
      out.push((w << 5) + 31 - Math.clz32(low))
      word ^= low
    }
  }
}

/** Per value, the stories of a bitmap holding it (a group's counts given the other groups' choices). */
function tallyStories({ starts, values, totals }: Group, bitmap: Uint32Array): number[] {
  const tally = new Array<number>(totals.length).fill(0)
  // Inlined rather than a callback per story: this loop is most of a filter change's own work.
  for (let w = 0; w < bitmap.length; w++) {
    let word = bitmap[w]!
    while (word !== 0) {
      const low = word & -word
      const story = (w << 5) + 31 - Math.clz32(low)
      for (let i = starts[story]!, end = starts[story + 1]!; i < end; i++) tally[values[i]!]!++
      word ^= low
    }
  }
  return tally
}

/**
 * Filters the feed and counts facets, as faceted search does: a story counts in a group's values when it
 * holds every other group's choice (changing this group's choice could still show it), and it matches when
 * it holds this group's choice too. `allowed` (the search hits) applies to everything. Each group's choice
 * is a bitmap, the union of its values'; a group's counts walk only the stories all the other choices
 * leave, and with no other choice at all they are the index's own counts. This runs on every filter change.
 */
export function searchFacets(
  index: FacetIndex,
  selection: Selection,
  allowed: Set<number> | null,
): FacetResult {
  const groups = toGroups(index)
  const stories = index.articles.length
  const words = (stories + 31) >>> 5
  const chosen = FILTER_KEYS.map((key, g) => {
    const values = selection[key]
    return values ? anyOf(groups[g]!, values, words) : null
  })
  const hits = allowed ? toBitmap(allowed, stories) : null
  /** The stories every choice holds but group `skip`'s (all of them: -1), or null when nothing narrows them. */
  const holding = (skip: number): Uint32Array | null => {
    const narrowing = [hits, ...chosen.filter((_, g) => g !== skip)].filter((b) => b !== null)
    if (narrowing.length === 0) return null
    // slice, not Uint32Array.from: from walks the array through its iterator, many times slower.
    const out = narrowing[0]!.slice()
    for (const bitmap of narrowing.slice(1)) for (let w = 0; w < words; w++) out[w]! &= bitmap[w]!
    return out
  }
  const counts = FILTER_KEYS.map((_, g) => {
    const others = holding(g)
    return others ? tallyStories(groups[g]!, others) : [...groups[g]!.totals]
  })
  const all = holding(-1)
  const matches: number[] = []
  if (all) pushStories(all, matches)
  else for (let story = 0; story < stories; story++) matches.push(story)
  const [country, region, topic] = counts
  return { matches, counts: { country: country!, region: region!, topic: topic! } }
}
