type IndexCode = typeof import('./filtered-view.ts')

let code: IndexCode | undefined
let loading: Promise<IndexCode> | undefined

/**
 * Loads what filters the whole facet index (`toFilteredView`): a view of two values or more, or a search,
 * needs it; one value alone does not, so it stays outside that view's first load and comes right after it.
 */
export const loadIndexCode = () =>
  (loading ??= import('./filtered-view.ts').then((loaded) => {
    code = loaded
    return loaded
  }))

/** What filters the whole facet index, once loaded. */
export const indexCode = (): IndexCode | undefined => code
