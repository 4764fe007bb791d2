/**
 * Renders one article's text in the layouts real scrapes produce, for the metamorphic tests: the same story
 * hard-wrapped, indented, with single-newline paragraphs, CRLF, page furniture, bylines and date lines.
 */

/** An article as written: the first paragraph keeps its dateline ("KARACHI: …"). */
export type CanonicalArticle = { name: string; title: string; summary: string[]; paragraphs: string[] }

/** A date line and the date it states; `published` lines win over `Updated` ones. */
export type DateLine = { line: string; iso: string; published: boolean }

export type Layout = {
  /** How paragraphs are told apart: blank lines, one line each, or a deeper first line (no blank lines). */
  breaks: 'blank-line' | 'single-newline' | 'first-line-indent'
  /** Blank lines between the headline, bullets, byline and date lines too (blank-line breaks only). */
  spacedHead: boolean
  /** Hard-wrap body paragraphs at this many columns (greedy word wrap); null keeps one line each. */
  wrapAt: number | null
  /** Indentation of every line. */
  indent: string
  /** Extra indentation of a paragraph's first line (first-line-indent breaks only). */
  firstLineIndent: string
  lineEnd: '\n' | '\r\n'
  headlinePeriod: boolean
  /** The headline stands again as the first sentence of the body, before the dateline. */
  headlineRepeated: boolean
  /** A byline line as written ("By Jane Doe, Reuters"), after the headline. */
  byline: string | null
  dates: DateLine[]
  /** Byline and date lines after the summary bullets rather than straight after the headline. */
  metaAfterSummary: boolean
  /** Furniture lines standing before paragraph `before`; at the end of the text from paragraphs.length on. */
  furniture: { before: number; line: string }[]
}

export const canonicalLayout: Layout = {
  breaks: 'blank-line',
  spacedHead: false,
  wrapAt: null,
  indent: '',
  firstLineIndent: '',
  lineEnd: '\n',
  headlinePeriod: false,
  headlineRepeated: false,
  byline: null,
  dates: [],
  metaAfterSummary: false,
  furniture: [],
}

/** The article's text in the given layout. Hard wrapping needs blank lines or indentation between paragraphs. */
export function renderArticle(article: CanonicalArticle, layout: Layout): string {
  if (layout.wrapAt !== null && layout.breaks === 'single-newline' && layout.firstLineIndent === '')
    throw new Error('hard-wrapped single-newline paragraphs are ambiguous; render them another way')
  const { indent } = layout
  const headline =
    indent + article.title + (layout.headlinePeriod && !/[.?!]$/.test(article.title) ? '.' : '')
  const bullets = article.summary.map((line) => `${indent}- ${line}`)
  const meta = [...(layout.byline ? [layout.byline] : []), ...layout.dates.map((d) => d.line)].map(
    (line) => indent + line,
  )
  const head = layout.metaAfterSummary ? [headline, ...bullets, ...meta] : [headline, ...meta, ...bullets]

  const first = layout.breaks === 'first-line-indent' ? indent + layout.firstLineIndent : indent
  const paragraphs = article.paragraphs.map((text, i) =>
    i === 0 && layout.headlineRepeated ? `${withStop(article.title)} ${text}` : text,
  )
  const furniture = inOrder(layout.furniture)
  const body: string[][] = []
  paragraphs.forEach((text, i) => {
    for (const f of furniture) if (f.before === i) body.push([first + f.line])
    body.push(layout.wrapAt === null ? [first + text] : wrap(text, layout.wrapAt, first, indent))
  })
  for (const f of furniture) if (f.before >= paragraphs.length) body.push([first + f.line])

  const blank = layout.breaks === 'blank-line'
  const headLines =
    blank && layout.spacedHead ? head.flatMap((line) => [line, '']) : [...head, ...(blank ? [''] : [])]
  const bodyLines = body.flatMap((lines, i) => (blank && i > 0 ? ['', ...lines] : lines))
  return [...headLines, ...bodyLines].join(layout.lineEnd) + layout.lineEnd
}

/** What the extra lines of a layout must give: the byline without "By", the date, the furniture in order. */
export function expectedMeta(layout: Layout): {
  byline?: string
  publishedAt: string | null
  furniture: string[]
} {
  const date = layout.dates.find((d) => d.published) ?? layout.dates[0]
  const ordered = inOrder(layout.furniture)
  return {
    ...(layout.byline ? { byline: layout.byline.replace(/^By\s+/, '') } : {}),
    publishedAt: date?.iso ?? null,
    furniture: [...layout.dates.map((d) => d.line), ...ordered.map((f) => f.line)],
  }
}

/**
 * Greedy word wrap at `width` columns. It never breaks after a word that ends in a hyphen ("pre-") nor before
 * a dash or bullet mark, so that no wrapped line reads as a list item or a split word.
 */
export function wrap(text: string, width: number, firstIndent: string, indent: string): string[] {
  const words = text.split(' ')
  const lines: string[] = []
  let line = firstIndent + words[0]
  let previous = words[0]!
  for (const word of words.slice(1)) {
    const breakable = !/\p{L}-$/u.test(previous) && !/^[-–—•*]/.test(word)
    if (breakable && line.length + 1 + word.length > width) {
      lines.push(line)
      line = indent + word
    } else line += ` ${word}`
    previous = word
  }
  lines.push(line)
  return lines
}

/** Furniture in reading order: by position, then as given. */
function inOrder(furniture: Layout['furniture']): Layout['furniture'] {
  return [...furniture].sort((a, b) => a.before - b.before)
}

function withStop(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`
}
