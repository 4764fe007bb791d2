import type { Article } from '../lib/article.ts'
import type { RelatedEntry } from '../lib/feed.ts'

const MAX_RELATED = 4
/** Only the newest articles under each key are compared, so the work stays linear as the archive grows. */
const MAX_PER_KEY = 300

/** The keys an article is filed under: the countries it is about and its topics, with their weights. */
function keysOf(article: Article): Map<string, number> {
  const keys = new Map<string, number>()
  for (const c of article.countries) if (c.role !== 'mentioned') keys.set(`country:${c.code}`, 2)
  for (const t of article.topics) {
    keys.set(`topic:${t.id}`, 2)
    for (const a of t.ancestors) if (!keys.has(`topic:${a}`)) keys.set(`topic:${a}`, 0.5)
  }
  return keys
}

/**
 * For each article, up to four others that share the countries it is about or its topics, best first and
 * newest first among equals. A single shared top-level topic is not enough to count as related.
 * @param articles in feed order (newest first)
 */
export function toRelated(articles: Article[]): Map<string, RelatedEntry[]> {
  const keys = articles.map(keysOf)
  // Per key, the newest articles filed under it, each with its weight there.
  const postings = new Map<string, { ids: number[]; weights: number[] }>()
  keys.forEach((articleKeys, index) => {
    for (const [key, weight] of articleKeys) {
      let list = postings.get(key)
      if (!list) postings.set(key, (list = { ids: [], weights: [] }))
      if (list.ids.length < MAX_PER_KEY) {
        list.ids.push(index)
        list.weights.push(weight)
      }
    }
  })
  // One score per article, reset after each use: a flat array, where a map per article cost most of the time.
  const scores = new Float64Array(articles.length)
  const touched: number[] = []
  const related = new Map<string, RelatedEntry[]>()
  articles.forEach((article, index) => {
    for (const [key, weight] of keys[index]!) {
      const { ids, weights } = postings.get(key)!
      for (let i = 0; i < ids.length; i++) {
        const other = ids[i]!
        if (other === index) continue
        // Every weight is above zero, so a score of zero is one not touched yet.
        if (scores[other] === 0) touched.push(other)
        scores[other]! += Math.min(weight, weights[i]!)
      }
    }
    // The best few, highest score first and the newer of equals first, kept in order as they are met:
    // sorting every article touched cost a third of the step.
    const best: number[] = []
    const bestScores: number[] = []
    for (const other of touched) {
      const score = scores[other]!
      scores[other] = 0
      if (score < 2) continue
      let at = best.length
      while (
        at > 0 &&
        (score > bestScores[at - 1]! || (score === bestScores[at - 1]! && other < best[at - 1]!))
      )
        at--
      if (at >= MAX_RELATED) continue
      best.splice(at, 0, other)
      bestScores.splice(at, 0, score)
      best.length = Math.min(best.length, MAX_RELATED)
      bestScores.length = best.length
    }
    touched.length = 0
    related.set(
      article.slug,
      best.map((other) => {
        const { slug, title, dateline, publishedAt } = articles[other]!
        return { slug, title, dateline, publishedAt }
      }),
    )
  })
  return related
}
