/**
 * A Vite plugin for the client build: writes `.bench/chunk-modules.json`, the rendered bytes of each module in
 * each emitted JS chunk, so `npm run size` can name what makes a page's first load heavy.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { Plugin } from 'vite'

export type ChunkModules = Record<string, { module: string; bytes: number }[]>

export function chunkModules(): Plugin {
  return {
    name: 'dateline-chunk-modules',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    generateBundle(_options, bundle) {
      const report: ChunkModules = {}
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        report[`/${output.fileName}`] = Object.entries(output.modules)
          .map(([id, info]) => ({
            module: relative(process.cwd(), id.replace(/\?.*$/, '')).replace(/^.*node_modules\//, ''),
            bytes: info.renderedLength,
          }))
          .sort((a, b) => b.bytes - a.bytes)
      }
      mkdirSync('.bench', { recursive: true })
      writeFileSync('.bench/chunk-modules.json', JSON.stringify(report, null, 2))
    },
  }
}
