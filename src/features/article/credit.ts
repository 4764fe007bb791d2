export type Credit = { byline: string | null; outlet: string | null }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Who wrote the story, as the page shows it: the byline led by "By" (added only when it does not start with
 * it already), and the outlet unless the byline already names it. Either part is null when the article
 * does not have it.
 */
export function toCredit(byline: string | undefined, outlet: string | undefined): Credit {
  const by = byline?.trim() || null
  const from = outlet?.trim() || null
  const named = by !== null && from !== null && new RegExp(`\\b${escape(from)}\\b`, 'i').test(by)
  return {
    byline: by === null || /^by\b/i.test(by) ? by : `By ${by}`,
    outlet: named ? null : from,
  }
}
