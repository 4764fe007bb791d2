import { toShard, toTerms } from './search-terms.ts'

/** One file of the search index, `data/search/<shard>.json`: term → feed ordinals as gaps. */
export type SearchShard = Record<string, number[]>

/** The query's words; each finds the stories holding a word that starts with it. */
export function toQueryTerms(q: string): string[] {
  return [...new Set(toTerms(q))]
}

/**
 * The feed ordinals of the stories holding every query word (a word matches any indexed word it starts, so
 * "diplom" finds "diplomacy"). `shards` maps each shard name to its loaded file.
 */
export function findStories(terms: string[], shards: ReadonlyMap<string, SearchShard>): Set<number> {
  let result: Set<number> | undefined
  for (const term of terms) {
    const hits = new Set<number>()
    const shard = shards.get(toShard(term)) ?? {}
    for (const [word, gaps] of Object.entries(shard)) {
      if (!word.startsWith(term)) continue
      let ordinal = 0
      for (const gap of gaps) hits.add((ordinal += gap))
    }
    const before: Set<number> | undefined = result
    result = before ? new Set([...before].filter((ordinal) => hits.has(ordinal))) : hits
    if (result.size === 0) break
  }
  return result ?? new Set()
}
