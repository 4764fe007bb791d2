import { useId, useMemo, useState } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import type { FilterKey } from '../../lib/filters.ts'
import { hasChosenBelow, toTopicTree, type TopicNode } from '../../lib/topic-tree.ts'
import { FacetValue } from './facet-value.tsx'

type Props = {
  filterKey: FilterKey
  values: FacetCount[]
  chosen: string[]
  onToggle: (value: string) => void
  onIntent?: (value: string) => void
  /** Called before opening a topic, to load every topic when only the most frequent are at hand. */
  onExpand?: () => void
}

/**
 * The Topic group as the IPTC tree: top-level topics, each opening on the topics under it. Checking a topic
 * means everything under it (the filter matches descendants), so those show as checked with it.
 */
export function TopicTree({ filterKey, values, chosen, onToggle, onIntent, onExpand }: Props) {
  const nodes = useMemo(() => toTopicTree(values), [values])
  const chosenSet = useMemo(() => new Set(chosen), [chosen])
  return (
    <TopicList
      filterKey={filterKey}
      nodes={nodes}
      chosen={chosenSet}
      implied={false}
      className="mt-1 space-y-0.5"
      onToggle={onToggle}
      onIntent={onIntent}
      onExpand={onExpand}
    />
  )
}

type ListProps = Omit<ItemProps, 'node'> & {
  nodes: TopicNode[]
  id?: string
  hidden?: boolean
  className: string
}

/** One level of the tree: the top-level topics, or the topics under one. */
function TopicList({ nodes, id, hidden, className, ...item }: ListProps) {
  return (
    <ul id={id} hidden={hidden} className={className}>
      {nodes.map((node) => (
        <TopicItem key={node.value.value} node={node} {...item} />
      ))}
    </ul>
  )
}

type ItemProps = Omit<Props, 'values' | 'chosen'> & {
  node: TopicNode
  chosen: ReadonlySet<string>
  implied: boolean
}

function TopicItem({ filterKey, node, chosen, implied, onToggle, onIntent, onExpand }: ItemProps) {
  const { value, children } = node
  const checked = chosen.has(value.value)
  const mixed = hasChosenBelow(node, chosen)
  // Open from the start where something below is chosen, so every checked box can be seen.
  const [open, setOpen] = useState(mixed)
  const id = useId()
  return (
    <li>
      <div className="flex items-start gap-1">
        {children.length > 0 ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => {
              if (!open) onExpand?.()
              setOpen(!open)
            }}
            className="-ml-1 flex h-6 w-6 shrink-0 items-center justify-center rounded text-stone-700 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-800"
          >
            <span
              aria-hidden="true"
              className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}
            >
              ▸
            </span>
            <span className="sr-only">Topics under {value.name}</span>
          </button>
        ) : (
          <span aria-hidden="true" className="-ml-1 w-6 shrink-0" />
        )}
        <FacetValue
          filterKey={filterKey}
          value={value}
          checked={checked}
          implied={implied}
          mixed={mixed}
          onToggle={onToggle}
          onIntent={onIntent}
        />
      </div>
      {children.length > 0 && (
        <TopicList
          filterKey={filterKey}
          id={id}
          hidden={!open}
          className="ml-3 space-y-0.5 border-l border-stone-300 pl-2 dark:border-stone-700"
          nodes={open ? children : []}
          chosen={chosen}
          implied={implied || checked}
          onToggle={onToggle}
          onIntent={onIntent}
          onExpand={onExpand}
        />
      )}
    </li>
  )
}
