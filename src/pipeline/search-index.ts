import type { Article } from '../lib/article.ts'
import { toShard, toTerms } from '../lib/search-terms.ts'
import type { SearchShard } from '../lib/search.ts'

/** The words a story is found by: headline, summary, text and the names of those it quotes. */
export function toSearchText(article: Article): string {
  const speakers = article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []))
  return [article.title, ...article.summary, ...article.paragraphs, ...speakers].join('\n')
}

/**
 * An inverted index of the feed (articles in feed order) split into shards by the first two letters of each
 * word, so a search downloads only the shards of its own words, never the whole index. Each posting list holds
 * feed ordinals as gaps from the previous one, which keeps the numbers small.
 */
export function toSearchShards(feed: Article[]): Map<string, SearchShard> {
  const postings = new Map<string, number[]>()
  feed.forEach((article, ordinal) => {
    for (const term of new Set(toTerms(toSearchText(article)))) {
      const list = postings.get(term)
      if (list) list.push(ordinal)
      else postings.set(term, [ordinal])
    }
  })
  const shards = new Map<string, SearchShard>()
  for (const term of [...postings.keys()].sort()) {
    const ordinals = postings.get(term)!
    const name = toShard(term)
    const shard = shards.get(name) ?? {}
    shard[term] = ordinals.map((ordinal, i) => ordinal - (i > 0 ? ordinals[i - 1]! : 0))
    shards.set(name, shard)
  }
  return shards
}
