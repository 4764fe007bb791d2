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
  const postings = new Map<string, number[]>()
  keys.forEach((articleKeys, index) => {
    for (const key of articleKeys.keys()) {
      const list = postings.get(key) ?? []
      if (list.length < MAX_PER_KEY) list.push(index)
      postings.set(key, list)
    }
  })
  const related = new Map<string, RelatedEntry[]>()
  articles.forEach((article, index) => {
    const scores = new Map<number, number>()
    for (const [key, weight] of keys[index]!) {
      for (const other of postings.get(key) ?? []) {
        if (other !== index)
          scores.set(other, (scores.get(other) ?? 0) + Math.min(weight, keys[other]!.get(key) ?? 0))
      }
    }
    const best = [...scores]
      .filter(([, score]) => score >= 2)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_RELATED)
    related.set(
      article.slug,
      best.map(([other]) => {
        const { slug, title, dateline, publishedAt } = articles[other]!
        return { slug, title, dateline, publishedAt }
      }),
    )
  })
  return related
}
