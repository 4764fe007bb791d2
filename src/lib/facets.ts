import type { FilterKey } from './filters.ts'

/**
 * The data files behind the feed's filters, written by the pipeline (`src/pipeline/facet-index.ts`) and read
 * by the app. Values are spelled as the URL spells them (lower-case country code, region id, topic slug), so
 * a URL value is looked up without translation.
 */

/** `data/facets/index.json`: for every article in feed order, its facet values as indexes into `values`. */
export type FacetIndex = {
  total: number
  /** Entries per feed page file: the story at ordinal `n` is on page `floor(n / pageSize) + 1`. */
  pageSize: number
  values: Record<FilterKey, string[]>
  /** `[countries, regions, topics]` per article; countries are dateline and subject ones, topics include ancestors. */
  articles: [number[], number[], number[]][]
}

/**
 * One value the filters know, with its readable name; a country's other names ("UK", "Great Britain") in
 * `alt`, and a topic's parent topic (its slug) in `parent`, left out when there are none.
 */
export type VocabularyEntry = { value: string; name: string; alt?: string[]; parent?: string }

/** `data/facets/vocabulary.json`: every value a filter may name, whether or not an article has it yet. */
export type Vocabulary = Record<FilterKey, VocabularyEntry[]>

/** One checkbox of the panel: a value, its name and how many stories it would show. */
export type FacetCount = VocabularyEntry & { count: number }

/**
 * `data/facets/counts.json`: the panel with no filter chosen, small enough to ship with the first page: the
 * most frequent values of each group only (`distinct` says how many there are in all).
 */
export type FacetCounts = {
  total: number
  groups: Record<FilterKey, FacetCount[]>
  distinct: Record<FilterKey, number>
}

/** Most stories first, then by name, so the panel reads the same on every build. */
export function byCount(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || a.name.localeCompare(b.name)
}

/**
 * `data/facets/values/<group>/<value>.json`: one filter value on its own, so the first filter change loads
 * only the chosen value, not the whole index. `ids` are the feed ordinals of its stories as gaps (the first
 * is the ordinal itself, each next one the distance from the one before); `counts` is the panel with this
 * value alone chosen (other groups: stories having both values; its own group: every story), zeros left out.
 */
export type FacetValueFile = {
  total: number
  pageSize: number
  ids: number[]
  counts: Record<FilterKey, Record<string, number>>
}

/** The feed ordinals of a value file, newest first. */
export function toOrdinals(file: FacetValueFile): number[] {
  const ordinals = new Array<number>(file.ids.length)
  let at = 0
  for (let i = 0; i < file.ids.length; i++) ordinals[i] = at += file.ids[i]!
  return ordinals
}
