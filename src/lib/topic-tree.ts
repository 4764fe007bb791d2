import type { FacetCount } from './facets.ts'

/** One topic of the panel's tree, with the topics under it that have stories (or are chosen). */
export type TopicNode = { value: FacetCount; children: TopicNode[] }

/**
 * The panel's topics as the IPTC tree: a topic stands under its parent when the parent is in the list too,
 * else at the top. Siblings keep the list's order (most stories first).
 */
export function toTopicTree(values: readonly FacetCount[]): TopicNode[] {
  const nodes = new Map(values.map((value) => [value.value, { value, children: [] as TopicNode[] }]))
  const roots: TopicNode[] = []
  for (const node of nodes.values()) {
    const parent = node.value.parent ? nodes.get(node.value.parent) : undefined
    ;(parent ? parent.children : roots).push(node)
  }
  return roots
}

/** Whether a topic below this one (not the topic itself) is chosen: the topic then shows as partly chosen. */
export function hasChosenBelow(node: TopicNode, chosen: ReadonlySet<string>): boolean {
  return node.children.some((child) => chosen.has(child.value.value) || hasChosenBelow(child, chosen))
}

/** The names of a topic's ancestors in the list, top-level first ("Crime, law and justice › Law enforcement"). */
export function toTopicPath(value: FacetCount, values: readonly FacetCount[]): string[] {
  const byValue = new Map(values.map((v) => [v.value, v]))
  const path: string[] = []
  const seen = new Set<string>()
  for (let up = value.parent && byValue.get(value.parent); up && !seen.has(up.value);) {
    seen.add(up.value)
    path.unshift(up.name)
    up = up.parent ? byValue.get(up.parent) : undefined
  }
  return path
}
