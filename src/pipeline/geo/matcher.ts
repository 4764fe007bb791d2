import { COMBINING_FORMS, NEUTRAL_PHRASES, REGION_PHRASES } from './data/phrases.ts'
import { SUBDIVISIONS } from './data/subdivisions.ts'
import { TERMS, type TermKind } from './gazetteer.ts'

/** A word of the text. `gap` is the text between the previous word and this one. */
export type Token = {
  text: string
  fold: string
  key: string
  possessive: boolean
  start: number
  end: number
  gap: string
}

export type Entry =
  | { type: 'country'; code: string; kind: TermKind }
  | { type: 'region'; regions: string[] }
  | { type: 'combining'; code: string }
  | { type: 'subdivision'; code: string }
  | { type: 'neutral' }

/** A phrase found in the text, over tokens first..last. */
export type Hit = { entry: Entry; first: number; last: number }

type Phrase = { words: Token[]; entry: Entry }

// "U.S.", "U.A.E." as one word; otherwise letters with inner apostrophes ("d'Ivoire", "Sana'a") and an
// optional possessive ending ("Afghanistan's", "Pakistanis'").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*['’]?/gu
const NON_ASCII = /[^\t\n\r\x20-\x7e]/
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '')

/** Splits text into words, keeping what stands between them so phrases never run across punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // Folding accents and curly apostrophes is slow; most paragraphs are plain ASCII and skip it.
  const ascii = !NON_ASCII.test(text)
  let previousEnd = 0
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index
    const raw = match[0]
    let word = ascii ? raw : raw.replace(/’/g, "'")
    let possessive = false
    if (word[1] === '.') word = word.replace(/\./g, '')
    else if (word.endsWith("'")) [word, possessive] = [word.slice(0, -1), true]
    else if (word.endsWith("'s")) [word, possessive] = [word.slice(0, -2), true]
    const folded = ascii ? word : fold(word)
    const gap = text.slice(previousEnd, start)
    previousEnd = start + raw.length
    tokens.push({
      text: word,
      fold: folded,
      key: folded.toLowerCase(),
      possessive,
      start,
      end: previousEnd,
      gap,
    })
  }
  return tokens
}

/** A word in capitals: "KABUL", "US", "PM". */
export const isUpper = (token: Token) =>
  token.fold.length > 1 && token.fold !== token.key && token.fold === token.fold.toUpperCase()

/** Case matters: "Turkey" is the country, "turkey" the bird; a word in capitals matches its name. */
function sameWord(token: Token, word: Token): boolean {
  if (token.fold === word.fold) return true
  if (word.fold[0] === word.key[0]) return token.key === word.key
  return isUpper(token) && token.fold === word.fold.toUpperCase() && (word.fold.length >= 4 || isUpper(word))
}

// Words of one name may be joined by spaces or a hyphen ("Guinea-Bissau"), or follow an abbreviation ("St.").
const JOINS_A_NAME = /^(?:[ \t\u00a0]+|[-‐‑–])$/
const joins = (previous: Token, next: Token) =>
  JOINS_A_NAME.test(next.gap) || (previous.text.length <= 2 && /^\.[ \t\u00a0]+$/.test(next.gap))

function matchesAt(tokens: Token[], at: number, words: Token[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k]
    const word = words[k]
    if (!token || !word || !sameWord(token, word)) return false
    if (k > 0 && !joins(tokens[at + k - 1] as Token, token)) return false
    if (k < words.length - 1 && token.possessive) return false
  }
  return true
}

function buildIndex(): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>()
  const seen = new Set<string>()
  const add = (text: string, entry: Entry) => {
    const words = tokenize(text)
    const id = words.map((word) => word.fold).join(' ')
    const first = words[0]
    if (!first || seen.has(id)) return
    seen.add(id)
    index.set(first.key, [...(index.get(first.key) ?? []), { words, entry }])
  }
  // On a tie the earlier list wins: regions and not-a-country names before country terms.
  for (const [text, regions] of REGION_PHRASES) add(text, { type: 'region', regions })
  for (const text of NEUTRAL_PHRASES) add(text, { type: 'neutral' })
  for (const [text, code] of SUBDIVISIONS) if (!text.includes('.')) add(text, { type: 'subdivision', code })
  for (const term of TERMS) add(term.text, { type: 'country', code: term.code, kind: term.kind })
  for (const [text, code] of COMBINING_FORMS) add(text, { type: 'combining', code })
  for (const phrases of index.values()) phrases.sort((a, b) => b.words.length - a.words.length)
  return index
}

const INDEX = buildIndex()

/** Finds every known place phrase in the tokens, longest first, left to right, without overlaps. */
export function scan(tokens: Token[]): Hit[] {
  const hits: Hit[] = []
  for (let at = 0; at < tokens.length;) {
    const phrases = INDEX.get((tokens[at] as Token).key)
    const phrase = phrases?.find((candidate) => matchesAt(tokens, at, candidate.words))
    if (!phrase) {
      at++
      continue
    }
    hits.push({ entry: phrase.entry, first: at, last: at + phrase.words.length - 1 })
    at += phrase.words.length
  }
  return hits
}
