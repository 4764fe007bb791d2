/**
 * Consistency check for the hand labels (run: npx tsx eval/check-labels.ts). Not a pipeline: it knows
 * each article's title from its label, so it only has to cut the file into bodies around those titles.
 * Checks that every gold quote stands between marks in the paragraph it names, that country codes are
 * valid, and lists quotation marks that no label accounts for, for a human to review.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import countries from 'i18n-iso-countries'
import type { GoldFile } from './score.ts'
import { titleKey } from './score.ts'

const root = new URL('.', import.meta.url).pathname
const OPENING = new Set(['"', '“', '‘', "'"])
const CLOSING = new Set(['"', '”', '’', "'"])
const DATELINE = /^[A-Z][A-Za-z .,'-]{1,40}?(?: \((?:AP|AFP|Reuters)\))? ?[:–—-] /

let problems = 0
const fail = (where: string, what: string): void => {
  problems++
  console.log(`✗ ${where}: ${what}`)
}

function bodies(text: string, titles: Set<string>): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') continue
    if (titles.has(titleKey(line)) || line.startsWith('- ')) {
      if (current.length > 0) groups.push(current)
      current = []
    } else current.push(line)
  }
  if (current.length > 0) groups.push(current)
  return groups
}

let articleCount = 0
let quoteCount = 0
let countryCount = 0
for (const name of readdirSync(join(root, 'articles')).sort()) {
  const text = readFileSync(join(root, 'articles', name), 'utf8')
  const label = JSON.parse(
    readFileSync(join(root, 'labels', name.replace(/\.txt$/, '.json')), 'utf8'),
  ) as GoldFile
  const groups = bodies(text, new Set(label.articles.map((a) => titleKey(a.title))))
  if (groups.length !== label.articles.length)
    fail(name, `${groups.length} bodies, ${label.articles.length} labels`)
  label.articles.forEach((article, k) => {
    const where = `${name} #${k}`
    const paragraphs = groups[k] ?? []
    articleCount++
    quoteCount += article.quotes.filter((q) => !q.optional).length
    countryCount += article.countries.length
    const words = paragraphs.join(' ').split(/\s+/).length
    if (words < 250 || words > 700) fail(where, `${words} words`)
    if (!text.includes(article.title)) fail(where, 'title not found verbatim')
    for (const code of article.countries) if (!countries.isValid(code)) fail(where, `bad code ${code}`)
    for (const code of article.subjects)
      if (!article.countries.includes(code)) fail(where, `subject ${code} not in countries`)
    const dc = article.dateline?.country
    if (dc && !article.countries.includes(dc)) fail(where, `dateline country ${dc} not in countries`)
    const first = paragraphs[0] ?? ''
    if ((article.dateline === null) === DATELINE.test(first))
      fail(where, `dateline label vs "${first.slice(0, 30)}"`)
    const covered = new Map<number, number>()
    for (const q of article.quotes) {
      const p = paragraphs[q.paragraph] ?? ''
      const at = p.indexOf(q.text)
      if (at < 0) {
        fail(where, `p${q.paragraph} lacks "${q.text.slice(0, 40)}"`)
        continue
      }
      const before = p[at - 1] ?? ''
      const after = p[at + q.text.length]
      if (!OPENING.has(before)) fail(where, `p${q.paragraph} no opening mark before "${q.text.slice(0, 30)}"`)
      if (after !== undefined && !CLOSING.has(after))
        fail(where, `p${q.paragraph} no closing mark after "${q.text.slice(-30)}"`)
      if (q.speaker.length === 0) fail(where, `p${q.paragraph} quote without speaker`)
      covered.set(q.paragraph, (covered.get(q.paragraph) ?? 0) + 1)
    }
    for (const phrase of article.notQuotes ?? []) {
      const i = paragraphs.findIndex((p) => p.includes(phrase))
      if (i < 0) fail(where, `notQuote "${phrase}" not found`)
      else covered.set(i, (covered.get(i) ?? 0) + 1)
    }
    // Openings: a double mark anywhere, or a single mark that starts a word (so not an apostrophe).
    paragraphs.forEach((p, i) => {
      const opens = (p.match(/(^|[\s(])["“‘']|“/g) ?? []).length
      const doubles = (p.match(/["“”]/g) ?? []).length
      if (opens !== (covered.get(i) ?? 0)) {
        console.log(
          `? ${where} p${i}: ${opens} opening marks (${doubles} double), ${covered.get(i) ?? 0} labelled`,
        )
      }
    })
  })
}
console.log(
  `${articleCount} articles, ${quoteCount} required quotes, ${countryCount} country labels, ${problems} problems`,
)
