/**
 * Writes one prerendered page: the app's shell with the page's head tags, the code it loads, its rendered
 * HTML and the data it hydrates from (the server compresses it when it is asked for: `STORY_FILE` in compress.ts). Made from plain values (`PageSetup`)
 * so that each worker of the prerender pool makes its own and writes the same bytes as the main thread.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { toHeadTags, type PageHead } from '../head-tags.ts'
import { writeAtomic } from './write-atomic.ts'

type Entry = typeof import('../../src/app/prerender-entry.tsx')
export type Preload = Parameters<Entry['prerender']>[1]
export type Manifest = Record<string, { file: string; imports?: string[] }>

/** What every page is made with: the same for every worker. */
export interface PageSetup {
  dist: string
  /** The server-side build, which holds `prerender-entry.js`. */
  ssr: string
  siteUrl: string
  /** The built index.html, its stylesheet inline and its code started after the first paint. */
  template: string
  /** The app's entry and what it loads first. */
  appCode: string[]
  manifest: Manifest
  /** Whether the pages go into an empty folder (a cold build), where there are no old pages to remove. */
  fresh: boolean
}

/** The id of the `<template>` naming a page's code. */
export const CODE_ID = 'dateline-code'

/**
 * The deferred parts of each page type (`deferred` in src/lib/deferred.tsx): prerendered, but hydrated when
 * their code arrives, so the page neither paints nor hydrates with it.
 */
const DEFERRED: Record<string, string[]> = {
  'src/features/feed/feed-page.tsx': [
    'src/features/feed/latest-feed.tsx',
    'src/features/feed/keyboard-shortcuts.tsx',
  ],
  'src/features/article/article-page.tsx': ['src/features/article/article-aside.tsx'],
}

export type PageWriter = Awaited<ReturnType<typeof createPageWriter>>

export async function createPageWriter({
  dist,
  ssr,
  siteUrl,
  template,
  appCode,
  manifest,
  fresh,
}: PageSetup) {
  const entry = (await import(pathToFileURL(join(ssr, 'prerender-entry.js')).href)) as Entry
  // The shell of a page that runs no script.
  const inert = template.replace(/\s*<script type="module">[\s\S]*?<\/script>/g, '')
  const parts = splitShell(template)
  const inertParts = splitShell(inert)

  /** The files a module's chunk loads: its own and those it imports. */
  function filesOf(source: string, seen = new Set<string>()): Set<string> {
    const chunk = manifest[source]
    if (!chunk || seen.has(chunk.file)) return seen
    seen.add(chunk.file)
    chunk.imports?.forEach((key) => filesOf(key, seen))
    return seen
  }

  /**
   * A page's code, as the `<template>` that names it: module preloads for the entry and the page's route
   * module with what they import, so all of it downloads at once; then prefetches, at the browser's lowest
   * priority, for the code of the page's deferred parts, in by the time the page has hydrated.
   */
  function toCode(source: string): string {
    const preloaded = [...new Set([...appCode, ...[...filesOf(source)].map((file) => `/${file}`)])]
    const later = new Set<string>()
    for (const part of DEFERRED[source] ?? []) filesOf(part, later)
    const prefetched = [...later].map((file) => `/${file}`).filter((file) => !preloaded.includes(file))
    const links = [
      ...preloaded.map((file) => `<link rel="modulepreload" crossorigin href="${file}" />`),
      ...prefetched.map((file) => `<link rel="prefetch" crossorigin href="${file}" />`),
    ]
    return `<template id="${CODE_ID}">${links.join('')}</template>`
  }
  // A handful of page types, each the same on every page of its type.
  const codes = new Map<string, string>()
  const codeFor = (source: string) => codes.get(source) ?? codes.set(source, toCode(source)).get(source)!

  return {
    dist,
    siteUrl,
    fresh,
    codeFor,
    /** The inline scripts React itself puts in pages (see `reactInlineScripts`). */
    reactInlineScripts: entry.reactInlineScripts(),
    /**
     * Writes one page (`file` under the build); `code` is the source of its route module, or null for a page
     * that runs no script. `date` (the newest date of its content) stands for the time its data was fetched,
     * so a page's bytes depend on its content alone. Returns the file's path.
     */
    async writePage(
      file: string,
      url: string,
      head: PageHead,
      preload: Preload,
      code: string | null,
      date: string | null = null,
    ): Promise<string> {
      const builtAt = date ? Date.parse(date) : 0
      const page = await entry.prerender(url, preload, { hydrate: code !== null, builtAt })
      const [beforeHead, beforeCode, beforeHtml, beforeState, end] = code === null ? inertParts : parts
      const html =
        beforeHead +
        toHeadTags(head) +
        beforeCode +
        `  ${code ? codeFor(code) : ''}\n  ` +
        beforeHtml +
        page.html +
        beforeState +
        `${page.queryState}\n  ` +
        end
      const path = join(dist, file)
      await writeAtomic(path, html)
      return path
    },
    preloadFeed: entry.preloadFeed,
    preloadArticle: entry.preloadArticle,
    preloadQuote: entry.preloadQuote,
  }
}

/**
 * A page's shell cut where each page puts its own parts: its head tags, its code (before `</head>`), its
 * HTML and its data (before `</body>`). Each page joins the pieces around its own, rather than copying the
 * whole shell (its stylesheet inline) once for each part.
 */
function splitShell(shell: string): [string, string, string, string, string] {
  const marks = ['<!--app-head-->', '</head>', '<!--app-html-->', '</body>']
  const pieces: string[] = []
  let from = 0
  for (const mark of marks) {
    const at = shell.indexOf(mark, from)
    if (at < 0) throw new Error(`the built index.html has no ${mark}`)
    pieces.push(shell.slice(from, at))
    // A marker comment is replaced; a closing tag stays, after what goes before it.
    from = mark.startsWith('<!--') ? at + mark.length : at
  }
  pieces.push(shell.slice(from))
  return pieces as [string, string, string, string, string]
}
