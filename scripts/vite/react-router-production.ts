/**
 * A Vite plugin for the client build: React Router's production build in place of the development one its
 * package exports name (remix-run/react-router#12532, #14102), with what it never uses left out. Its
 * components are made by calls (`React.forwardRef(…)`, `React.createContext(…)`) that the bundler cannot
 * know to be pure, and each is given a `displayName`, so components the app never renders (NavLink, Form, …)
 * were kept; marked pure and without the names (which only developer tools read), they are dropped. And the
 * app's links never prefetch (no `prefetch` prop: a lint rule keeps it so), so `Link` is built without its
 * prefetching, which framework mode needs and which brings its manifest and module-link code along. Its
 * router is built without what applies instrumentations and discovers routes on navigation (the app's router
 * is created with neither), and without its developer warnings (`warning(…)` calls marked pure, so the
 * minifier drops them; errors it throws keep their messages). `npm run dev` keeps all of it: this plugin
 * applies to the production build alone.
 */
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const production = (file: string) =>
  fileURLToPath(new URL(`../../node_modules/react-router/dist/production/${file}`, import.meta.url))

export function reactRouterProduction(): Plugin {
  return {
    name: 'dateline-react-router-production',
    apply: (config, env) => env.command === 'build' && !env.isSsrBuild && config.mode !== 'development',
    config: () => ({
      resolve: {
        alias: [
          { find: /^react-router$/, replacement: production('index.mjs') },
          { find: /^react-router\/dom$/, replacement: production('dom-export.mjs') },
        ],
      },
    }),
    transform: {
      filter: { id: /react-router[\\/]dist[\\/]production[\\/].*\.mjs$/ },
      handler(code, id) {
        let out = code
          .replace(/^\s*\w+\.displayName = "[^"]*";$/gm, '')
          .replace(/= (React\d*\.(?:forwardRef|memo|createContext)\()/g, '= /* @__PURE__ */ $1')
          .replace(/(?<!function |[\w.])(warning|warningOnce|warnOnce)\(/g, '/* @__PURE__ */ $1(')
        if (out.includes('function createRouter(')) {
          // The app's router takes no instrumentations and discovers no routes on navigation (its route tree is
          // whole from the start), so what applies them is never needed.
          const instrumented = /if \(init\.instrumentations\) \{/g
          const discovery = /\binit\.patchRoutesOnNavigation\b/g
          if (out.match(instrumented)?.length !== 2 || out.match(discovery)?.length !== 6)
            this.warn(
              `${id}: createRouter is not as expected; its instrumentation and route discovery are kept`,
            )
          else out = out.replace(instrumented, 'if (false) {').replace(discovery, 'void 0')
        }
        if (out.includes('var Link = ')) {
          const prefetching = /usePrefetchBehavior\(\s*prefetch,\s*rest\s*\)/
          const prefetchLinks =
            /shouldPrefetch && !isAbsolute \? [^\n]*PrefetchPageLinks, \{ page: href \}\)\) : link;/
          // A React Router whose Link reads otherwise is left whole, and the build says so.
          if (!prefetching.test(out) || !prefetchLinks.test(out))
            this.warn(`${id}: Link is not as expected; its prefetching is kept`)
          else out = out.replace(prefetching, '[false, void 0, {}]').replace(prefetchLinks, 'link;')
        }
        return out
      },
    },
  }
}
