/**
 * A Vite plugin for the client build: TanStack Query without its mutations, which the app never uses (it only
 * reads). The query client makes a mutation cache whether or not anything mutates, and that brings the
 * mutation code along in every page's first load (about 1 KB gzip). Here the cache is an empty one with the
 * methods the client and `hydrate` call (`getAll`, `findAll`, `clear`, `resumePausedMutations`); anything
 * that would make a mutation fails the build (`useMutation`) or throws (a dehydrated mutation), rather than
 * misbehaving quietly.
 */
import type { Plugin } from 'vite'

const EMPTY_MUTATION_CACHE = `import { Subscribable } from "./subscribable.js";
var MutationCache = class extends Subscribable {
  constructor(config = {}) { super(); this.config = config; }
  build() { throw new Error("This build has no mutations (scripts/vite/query-without-mutations.ts)"); }
  add() { this.build(); }
  remove() {}
  getAll() { return []; }
  find() { return void 0; }
  findAll() { return []; }
  notify() {}
  clear() {}
  resumePausedMutations() { return Promise.resolve(); }
};
export { MutationCache };
`

const modern = (file: string) =>
  new RegExp(`@tanstack[\\\\/]query-core[\\\\/]build[\\\\/]modern[\\\\/]${file}\\.js$`)

export function queryWithoutMutations(): Plugin {
  return {
    name: 'dateline-query-without-mutations',
    apply: (config, env) => env.command === 'build' && !env.isSsrBuild && config.mode !== 'development',
    transform: {
      filter: { id: modern('mutationCache') },
      handler: () => ({ code: EMPTY_MUTATION_CACHE, map: null }),
    },
    // Every module of the package goes through the transform (its index names them all); what the bundle
    // keeps says whether the app makes mutations.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === 'chunk')
          for (const [id, info] of Object.entries(output.modules))
            if (modern('mutationObserver').test(id) && info.renderedLength > 0)
              this.error('the app uses mutations: remove queryWithoutMutations() from vite.config.ts')
    },
  }
}
