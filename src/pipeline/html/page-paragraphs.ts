/**
 * An article's markup as paragraphs of text: every block element (`<p>`, `<li>`, `<blockquote>`, a heading,
 * a `<div>` of text, a table's row) is a paragraph, and so is each run of text between two `<br>`s in a row. Markup that is
 * never the story's text (captions, forms, embeds, scripts) is skipped (furniture by class is gone before); what is left is plain text, never HTML.
 */
export type PageBlock = { text: string; kind: 'paragraph' | 'heading' | 'quote' }

const BLOCKS = new Set(
  'p div section article main header footer aside blockquote pre ul ol li dl dt dd table thead tbody tfoot tr caption h1 h2 h3 h4 h5 h6 figure hr address center details summary'.split(
    ' ',
  ),
)
const SKIP = new Set(
  'script style noscript template svg canvas iframe object embed video audio picture img button form input select textarea nav figcaption label source track map'.split(
    ' ',
  ),
)
const HEADING = /^h[1-6]$/

/** Reads the blocks of text under `root`, in reading order. */
export function toPageBlocks(root: Node): PageBlock[] {
  const out: PageBlock[] = []
  let buffer = ''
  let kind: PageBlock['kind'] = 'paragraph'
  let breaks = 0
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim()
    if (text) out.push({ text, kind })
    buffer = ''
    breaks = 0
  }
  const walk = (node: Node, inQuote: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? ''
        if (/\S/.test(value)) breaks = 0
        buffer += value
        continue
      }
      if (child.nodeType !== 1) continue
      const element = child as Element
      const tag = element.localName
      if (SKIP.has(tag)) continue
      if (tag === 'br') {
        breaks += 1
        if (breaks >= 2) flush()
        else buffer += ' '
        continue
      }
      if (!BLOCKS.has(tag)) {
        // A table's cells are words of its row.
        if (tag === 'td' || tag === 'th') buffer += ' '
        walk(element, inQuote)
        continue
      }
      flush()
      const quote = inQuote || tag === 'blockquote'
      kind = HEADING.test(tag) ? 'heading' : quote ? 'quote' : 'paragraph'
      walk(element, quote)
      flush()
      kind = inQuote ? 'quote' : 'paragraph'
    }
  }
  walk(root, false)
  flush()
  return out
}
