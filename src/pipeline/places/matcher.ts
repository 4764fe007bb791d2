import {
  codeSize,
  isApostrophe,
  isJoiner,
  isLetterOrMark,
  isLetterOrNumber,
  isUpperCode,
} from '../words/chars.ts'
import { isWordToken, paragraphTokens, type Token as WordToken } from '../words/tokens.ts'
import { COMBINING_FORMS, NEUTRAL_PHRASES, REGION_PHRASES } from './data/phrases.ts'
import { SUBDIVISIONS } from './data/subdivisions.ts'
import world from './data/world-cities.json'
import { TERMS, type TermKind } from './gazetteer.ts'
import { PhraseIndex } from '../words/phrase-index.ts'

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
  /** A state or province; `codes` lists every country that has one of that name ("Punjab": PK, IN). */
  | { type: 'subdivision'; code: string; codes: string[]; abbreviation?: true }
  | { type: 'neutral' }

/** A phrase found in the text, over tokens first..last. */
export type Hit = { entry: Entry; first: number; last: number }

type Phrase = { words: Token[]; entry: Entry }

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '')

/**
 * The end of the place word at `at`, inside the word token ending at `stop` (words/tokens.ts): "U.S.",
 * "U.A.E." as one word, capitals each with a dot (the last dot may follow the token); otherwise up to
 * the token's next dot, hyphen, slash or ampersand, through apostrophes that letters follow ("d'Ivoire",
 * "Sana'a"), with a final apostrophe ("Afghanistan's", "Pakistanis'", also just after the token).
 */
function placeWordEnd(text: string, at: number, stop: number): number {
  let i = at
  let dotted = 0
  while (i < stop) {
    const c = text.codePointAt(i) as number
    if (!isUpperCode(c) || text.charCodeAt(i + codeSize(c)) !== 46) break
    i += codeSize(c) + 1
    dotted++
  }
  if (dotted >= 2) return i
  i = at
  // Inside a token, whatever is not a joiner is a letter, digit or mark.
  while (i < stop && !isJoiner(text.charCodeAt(i))) i++
  while (isApostrophe(text.charCodeAt(i))) {
    let k = i + 1
    while (k < stop) {
      const c = text.codePointAt(k) as number
      if (!isLetterOrMark(c)) break
      k += codeSize(c)
    }
    if (k === i + 1) return i + 1
    i = k
  }
  return i
}

/** 0: non-ASCII; 1: ASCII with a capital; 2: ASCII without capitals (its own lower-case key). */
const asciiKind = (word: string) => {
  let kind = 2
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k)
    if (c > 127) return 0
    if (c >= 65 && c <= 90) kind = 1
  }
  return kind
}

function placeToken(text: string, start: number, end: number, gap: string): Token {
  const raw = text.slice(start, end)
  // Folding accents and curly apostrophes is slow; most words are plain ASCII and skip it.
  const kind = asciiKind(raw)
  let word = kind !== 0 ? raw : raw.replace(/’/g, "'")
  let possessive = false
  const last = word.charCodeAt(word.length - 1)
  if (word[1] === '.') word = word.replace(/\./g, '')
  else if (last === 39) {
    word = word.slice(0, -1)
    possessive = true
  } else if (last === 115 && word.charCodeAt(word.length - 2) === 39) {
    word = word.slice(0, -2)
    possessive = true
  }
  const folded = kind !== 0 ? word : fold(word)
  // Words without capitals (most of them) are already their key.
  return {
    text: word,
    fold: folded,
    key: kind === 2 ? folded : folded.toLowerCase(),
    possessive,
    start,
    end,
    gap,
  }
}

/**
 * The words of a text for place names, read from its word tokens (words/tokens.ts), keeping what stands
 * between them so phrases never run across punctuation. A token is split at its dots, hyphens, slashes
 * and ampersands ("Guinea-Bissau" is two words a hyphen joins), except in "U.S.".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const words = paragraphTokens(text)
  let previousEnd = 0
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as WordToken
    // Punctuation starts no word; a dot or apostrophe may already close the word before it ("U.S.").
    if (word.start < previousEnd || !isWordToken(word)) continue
    const { start, end } = word
    if (word.plain) {
      // Most words: ASCII letters and digits, the token as it stands.
      if (isApostrophe(text.charCodeAt(end))) {
        tokens.push(placeToken(text, start, end + 1, text.slice(previousEnd, start)))
        previousEnd = end + 1
      } else {
        tokens.push({
          text: word.text,
          fold: word.text,
          key: word.lower,
          possessive: false,
          start,
          end,
          gap: text.slice(previousEnd, start),
        })
        previousEnd = end
      }
      continue
    }
    for (let at = start; at < end;) {
      const c = text.codePointAt(at) as number
      // A joiner, or a mark after one, starts no word.
      if (!isLetterOrNumber(c)) {
        at += codeSize(c)
        continue
      }
      const stop = placeWordEnd(text, at, end)
      tokens.push(placeToken(text, at, stop, text.slice(previousEnd, at)))
      previousEnd = stop
      at = stop
    }
  }
  return tokens
}

/** A word in capitals: "TEHRAN", "US", "PM". */
/** A token's gap within one sentence: spaces only ("a Lebanon woman"). */
export const SAME_SENTENCE_SPACE = /^[ \t\u00a0]+$/
/** A word starting with a capital letter. */
export const CAPITALISED = /^\p{Lu}/u

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
const AFTER_ABBREVIATION = /^\.[ \t\u00a0]+$/
const joins = (previous: Token, next: Token) =>
  JOINS_A_NAME.test(next.gap) || (previous.text.length <= 2 && AFTER_ABBREVIATION.test(next.gap))

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
  const subdivisions = new Map<string, string[]>()
  for (const [text, code] of SUBDIVISIONS)
    if (!text.includes('.')) subdivisions.set(text, [...(subdivisions.get(text) ?? []), code])
  for (const [text, codes] of subdivisions)
    add(text, { type: 'subdivision', code: codes[0] as string, codes: [...new Set(codes)] })
  for (const term of TERMS) add(term.text, { type: 'country', code: term.code, kind: term.kind })
  for (const [text, code] of COMBINING_FORMS) add(text, { type: 'combining', code })
  // Cities that one place above all bears the name of (GeoNames): after the curated terms, which win.
  for (const city of WORLD_CITIES.split('|')) {
    const [name, code] = city.split(':') as [string, string]
    add(name, { type: 'country', code, kind: 'city' })
  }
  // "Fla.", "S.C.": read only after a city and a comma (context.ts), as US copy writes them; last, so
  // a term spelt the same ("LA") keeps its own reading.
  for (const [text, code] of SUBDIVISIONS)
    if (text.includes('.')) add(text, { type: 'subdivision', code, codes: [code], abbreviation: true })
  for (const phrases of index.values()) phrases.sort((a, b) => b.words.length - a.words.length)
  return index
}

const WORLD_CITIES: string = world.cities
const INDEX = new PhraseIndex(buildIndex(), 15)

function phraseAt(tokens: Token[], at: number): Phrase | undefined {
  const phrases = INDEX.startingWith((tokens[at] as Token).key)
  if (phrases) for (const candidate of phrases) if (matchesAt(tokens, at, candidate.words)) return candidate
  return undefined
}

/** Finds every known place phrase in the tokens, longest first, left to right, without overlaps. */
export function scan(tokens: Token[]): Hit[] {
  const hits: Hit[] = []
  for (let at = 0; at < tokens.length;) {
    const phrase = phraseAt(tokens, at)
    if (!phrase) {
      at++
      continue
    }
    hits.push({ entry: phrase.entry, first: at, last: at + phrase.words.length - 1 })
    at += phrase.words.length
  }
  return hits
}
