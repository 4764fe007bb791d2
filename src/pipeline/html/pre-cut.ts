/**
 * A page's markup cut down to what can be its article, in one streaming pass (htmlparser2's tokenizer)
 * before any DOM is built: most of a news page's elements are scripts, menus, footers and embeds, and a
 * DOM of what is left is several times quicker to build and to search. The same pass reads what the
 * page says about itself in its head (`PageTags`), and marks the elements that name themselves the
 * article (`<article>`, `itemprop="articleBody"`) with how much paragraph text each holds.
 */
import { Parser } from 'htmlparser2'
import { isChrome } from './chrome.ts'

/** What a page's tags say about it: `meta` by property, name or itemprop (the first of each). */
export type PageTags = {
  meta: Map<string, string>
  title: string | null
  h1: string | null
  canonical: string | null
  time: string | null
  /** The texts of the first elements whose class or id names a date ("article-publish-date"). */
  dateTexts: string[]
  jsonLd: string[]
}

/** An element that says it is the article, as a slice of the cut body's markup. */
export type Candidate = {
  kind: 'article' | 'body'
  start: number
  end: number
  /** Characters of text inside its `<p>` elements. */
  paragraphChars: number
  /** Whether the page's first `<h1>` is inside it. */
  hasH1: boolean
}
export type CutPage = { chunks: string[]; paragraphChars: number; candidates: Candidate[]; tags: PageTags }

// Never text, or only the page's own machinery: taken out with everything inside.
const NEVER_TEXT = new Set(
  'script style noscript template svg math iframe object embed canvas audio video picture img source track map area select button textarea input option nav footer dialog'.split(
    ' ',
  ),
)
// Only what the article finder and the clean-up read: class and id words, roles, microdata, links.
const KEPT = new Set(['class', 'id', 'role', 'itemprop', 'href', 'datetime', 'lang'])
const VOID = new Set('br hr wbr col base link meta'.split(' '))
// The document's own frame (the cut body is wrapped in a fresh one), and inline formatting without a
// class or id: their text is kept, the elements themselves are only more nodes to build and to walk.
const FRAME = new Set(['html', 'head', 'body', 'title'])
const INLINE = new Set('span font b strong i em u s small big abbr mark cite time sup sub ins del'.split(' '))

// Start tags that close an open paragraph in a browser.
const BLOCKS =
  'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul'

// The elements a start tag closes in a browser when one is open.
const CLOSED_BY = new Map<string, readonly string[]>([
  ...BLOCKS.split(' ').map((tag): [string, string[]] => [tag, ['p']]),
  ['li', ['li']],
  ['dt', ['dt', 'dd']],
  ['dd', ['dt', 'dd']],
])

/**
 * `<p><span><p>`, `<p><span><ul>`, `<li><span><li>`: a block opened inside a paragraph, or a list item
 * inside another, closes it in a browser, whatever inline elements stand between, though the tokenizer
 * nests them. The cut closes the open one (and what is open inside it) as a browser would, so that the cut
 * reads back as written.
 */
function closeOpen(names: readonly string[], stack: Frame[], chunks: string[]): void {
  const at = stack.findLastIndex((f) => names.includes(f.name) && f.emit)
  if (at < 0 || !stack.slice(at + 1).every((f) => INLINE.has(f.name) || f.name === 'a')) return
  let kept = 0
  for (let k = stack.length - 1; k >= at; k--) {
    const open = stack[k]!
    kept += open.keptChars
    if (!open.emit) continue
    open.emit = false
    // A block with no text in it goes, as it would on closing (see onclosetag).
    if (kept === 0 && EMPTY_CUT.has(open.name)) {
      const held = chunks.length > open.start + 1
      chunks.length = open.start
      if (held) chunks.push(' ')
    } else chunks.push(`</${open.name}>`)
  }
}

type Frame = {
  name: string
  emit: boolean
  body: boolean
  start: number
  paragraphChars: number
  textChars: number
  linkChars: number
  /** Characters of text inside that are still in the cut (a cut block's text counts above, not here). */
  keptChars: number
  candidates: Candidate[]
}
const frame = (name: string, start: number, emit = false, body = false): Frame => ({
  name,
  emit,
  body,
  start,
  paragraphChars: 0,
  textChars: 0,
  linkChars: 0,
  keptChars: 0,
  candidates: [],
})

// Blocks that are lists of links when their text is mostly link text: menus, "most read", tag clouds,
// teaser rails. One that holds this much paragraph text outside its links is kept whatever its links.
const LINK_BLOCKS = new Set('div section ul ol dl table header'.split(' '))
const MAX_LINK_DENSITY = 0.6
// Blocks cut when no text is left in them. Not a paragraph, a heading or an inline element: an empty one
// may be all that parts two line breaks, which would make a new paragraph.
const EMPTY_CUT = new Set([...LINK_BLOCKS, 'li', 'figure', 'aside', 'article', 'main'])
const KEEP_PARAGRAPH_CHARS = 200

// The tokenizer decodes entities; what goes back into markup is escaped again, so text stays text.
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
const clean = (value: string) => value.replace(/\s+/g, ' ').trim() || null
// An element that says it holds a date, by a word of its class or id: "date", "article-publish-date",
// "pubdate", "timestamp", "posted-on". Its text is a date only if it reads as one ("13 hours ago" does not).
const DATE_WORDS = /(^|[\s_-])(date|datetime|pubdate|published|publish|timestamp|posted|time)([\s_-]|$)/i
const MAX_DATE_TEXTS = 8
const MAX_DATE_CHARS = 80

// Scripts, styles, inline drawings, templates and comments are half of a page's bytes; a regular
// expression takes them out quicker than the tokenizer reads them (it ends them at the first end tag, as
// the tokenizer ends a script). A custom element named like one (`<svg-icon>`) is not one. JSON-LD is kept,
// for the metadata.
const SCRIPTS = /<(script|style|svg|template)(?=[\s/>])([^>]*)>([\s\S]*?)<\/\1\s*>|<!--[\s\S]*?-->/gi
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i

/**
 * Whether a closed element is furniture by what it held: a block of mostly links, or a form (a search box,
 * a comment form). Either is kept when it holds a story's worth of paragraph text outside its links: some
 * sites wrap the whole page in a form.
 */
function isFurniture(closed: Frame): boolean {
  if (closed.paragraphChars >= KEEP_PARAGRAPH_CHARS) return false
  if (closed.name === 'form') return true
  return LINK_BLOCKS.has(closed.name) && closed.linkChars > closed.textChars * MAX_LINK_DENSITY
}

/** Cuts a page's markup down (see the module comment). Never throws on any string. */
export function preCut(html: string): CutPage {
  const chunks: string[] = []
  const tags: PageTags = {
    meta: new Map(),
    title: null,
    h1: null,
    canonical: null,
    time: null,
    dateTexts: [],
    jsonLd: [],
  }
  const stack: Frame[] = [frame('', 0)]
  let skipping = 0
  let inParagraph = 0
  let inLink = 0
  let title: string | null = null
  let h1: string | null = null
  let h1Done = false
  let h1At = -1
  // The text of the date element being read, and how deep in the stack it opened.
  let dateText: string | null = null
  let dateDepth = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          // Some sites write a meta tag's value as `value`: <meta name="twitter:site" value="@outlet">.
          const content = attributes.content ?? attributes.value
          if (content !== undefined)
            for (const key of [attributes.property, attributes.name, attributes.itemprop])
              // Microdata may give one value several names: itemprop="datePublished dateCreated".
              for (const name of key?.split(/\s+/) ?? [])
                if (name && !tags.meta.has(name)) tags.meta.set(name, content)
        }
        if (skipping > 0) {
          skipping += 1
          return
        }
        if (name === 'link' && /\bcanonical\b/i.test(attributes.rel ?? '') && attributes.href)
          tags.canonical ??= attributes.href
        else if (name === 'time' && attributes.datetime) tags.time ??= attributes.datetime
        else if (name === 'title' && tags.title === null) title = ''
        if (NEVER_TEXT.has(name) || isChrome(name, attributes)) {
          skipping = 1
          return
        }
        if (VOID.has(name)) {
          if (name === 'br' || name === 'hr') chunks.push(`<${name}>`)
          return
        }
        if (name === 'h1' && !h1Done) {
          h1 = ''
          h1At = chunks.length
        }
        const closes = CLOSED_BY.get(name)
        if (closes) closeOpen(closes, stack, chunks)
        if (name === 'p') inParagraph += 1
        // A form kept for the article it wraps (whole pages in one `<form>`) keeps its content, not the form.
        const emit =
          !FRAME.has(name) &&
          name !== 'form' &&
          !(INLINE.has(name) && attributes.class === undefined && attributes.id === undefined)
        if (name === 'a') inLink += 1
        stack.push(frame(name, chunks.length, emit, /\barticleBody\b/i.test(attributes.itemprop ?? '')))
        if (
          dateText === null &&
          tags.dateTexts.length < MAX_DATE_TEXTS &&
          (attributes.class !== undefined || attributes.id !== undefined) &&
          DATE_WORDS.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`)
        ) {
          dateText = ''
          dateDepth = stack.length
        }
        if (!emit) return
        let open = `<${name}`
        for (const key in attributes) {
          const value = attributes[key]!
          // Readability reads a link's address only to tell in-page links (`#notes`) from the others.
          if (KEPT.has(key) && (key !== 'href' || value.startsWith('#')))
            open += ` ${key}="${escapeAttribute(value)}"`
        }
        chunks.push(`${open}>`)
      },
      ontext(text) {
        if (title !== null) title += text
        if (skipping > 0 || title !== null) return
        if (h1 !== null) h1 += text
        if (dateText !== null && dateText.length <= MAX_DATE_CHARS) dateText += text
        chunks.push(escapeText(text))
        const top = stack[stack.length - 1]!
        const chars = text.trim().length
        top.textChars += chars
        top.keptChars += chars
        if (inLink > 0) top.linkChars += chars
        else if (inParagraph > 0) top.paragraphChars += chars
      },
      onclosetag(name) {
        if (name === 'title' && title !== null) {
          tags.title = clean(title)
          title = null
        }
        if (skipping > 0) {
          skipping -= 1
          return
        }
        if (VOID.has(name)) return
        // Only what was opened is closed: at the end of the input the tokenizer also closes a tag it never
        // finished opening (`<p><Fermentum`).
        if (stack.length === 1 || stack[stack.length - 1]!.name !== name) return
        const closed = stack.pop()!
        if (dateText !== null && stack.length < dateDepth) {
          const date = clean(dateText)
          if (date && date.length <= MAX_DATE_CHARS) tags.dateTexts.push(date)
          dateText = null
        }
        if (name === 'h1' && h1 !== null) {
          tags.h1 = clean(h1)
          h1 = null
          h1Done = tags.h1 !== null
        }
        if (name === 'p') inParagraph -= 1
        if (name === 'a') inLink -= 1
        const parent = stack[stack.length - 1]!
        if (isFurniture(closed)) {
          chunks.length = closed.start
          if (h1At >= closed.start) h1At = -1
          // Its links still count against the block around it: a heading over a list of links goes too.
          parent.textChars += closed.textChars
          parent.linkChars += closed.linkChars
          return
        }
        if (closed.keptChars === 0 && EMPTY_CUT.has(name)) {
          // A block with no text left in it (an ad slot, a spacer, an emptied wrapper) is only more nodes
          // for the article finder to walk. What it held is at most white space, kept as one space.
          const held = chunks.length > closed.start + (closed.emit ? 1 : 0)
          chunks.length = closed.start
          if (held) chunks.push(' ')
          return
        }
        if (closed.emit) chunks.push(`</${name}>`)
        parent.paragraphChars += closed.paragraphChars
        parent.textChars += closed.textChars
        parent.linkChars += closed.linkChars
        parent.keptChars += closed.keptChars
        parent.candidates.push(...closed.candidates)
        const kind = closed.body ? 'body' : name === 'article' ? 'article' : null
        if (kind)
          parent.candidates.push({
            kind,
            start: closed.start,
            end: chunks.length,
            paragraphChars: closed.paragraphChars,
            hasH1: h1Done && h1At >= closed.start && h1At < chunks.length,
          })
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(
    html.replace(SCRIPTS, (_all, _tag, attributes: string | undefined, body: string | undefined) => {
      if (body !== undefined && JSON_LD.test(attributes ?? '')) tags.jsonLd.push(body)
      return ''
    }),
  )
  const root = stack[0]!
  return { chunks, paragraphChars: root.paragraphChars, candidates: root.candidates, tags }
}
