import { NON_ENTITY_HEADS, ORG_HEADS, TITLE_HEADS } from '../lexicon/word-lists.ts'
import { isPlace } from '../lexicon/places.ts'
import { orgConnectors } from './entity-words.ts'
import { findKnownOrg } from './name-lexicon.ts'
import { isEverydayWord } from '../lexicon/words.ts'
import { isAcronym, smallWordsBetween, type NameToken } from './name-tokens.ts'
import { nameParticles } from './title-words.ts'

/** A stretch of capitalised words read as one name, with the small words joining it ("of", "bin"). */
export type NameRun = {
  tokens: NameToken[]
  /** An acronym given in brackets right after the run: "National Disaster Management Authority (NDMA)". */
  acronym: string | null
}

const PLAIN_GAP = /^[ \u00a0]+$/
const SPACE_OR_SMALL_WORD = /^ (?:\p{Ll}+ )?$/u
const OPEN_BRACKET_GAP = /^\s*\(\s*$/
/** "Hamas-run", "Saudi-led": the name before such a suffix stands alone. */
const ATTRIBUTIVE =
  /^(.+)-(run|led|backed|based|born|owned|controlled|linked|allied|aligned|affiliated|funded|brokered|made|ruled|held|dominated|sponsored|supported)$/u

/** "India-ASEAN", "Washington-Tehran": two names joined by a hyphen become two tokens. */
function splitJoinedNames(tokens: NameToken[]): NameToken[] {
  if (!tokens.some((t) => t.text.includes('-'))) return tokens
  return tokens.flatMap((token, index) => {
    if (!token.text.includes('-')) return [token]
    const attributive = ATTRIBUTIVE.exec(token.text)
    if (attributive?.[1] && /^\p{Lu}/u.test(attributive[1])) {
      const text = attributive[1]
      return [{ ...token, text, lower: text.toLowerCase(), closesName: true }]
    }
    const previous = tokens[index - 1]
    if (findKnownOrg(token.text) || (previous && findKnownOrg(`${previous.text} ${token.text}`)))
      return [token]
    const parts = token.text.split('-')
    if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return [token]
    if (!parts.some((p) => isAcronym(p) || isPlace(p) || findKnownOrg(p))) return [token]
    let at = token.start
    return parts.map((text, i) => {
      const part = { ...token, text, lower: text.toLowerCase(), start: at, end: at + text.length }
      if (i > 0) part.gap = '-'
      if (i > 0) part.sentenceStart = false
      if (i < parts.length - 1) part.closesName = part.endsSentence = false
      at += text.length + 1
      return part
    })
  })
}

function isBracketedAcronym(segment: string, previous: NameToken | undefined, token: NameToken): boolean {
  if (
    !previous ||
    segment.charCodeAt(token.end) !== 41 ||
    !OPEN_BRACKET_GAP.test(segment.slice(previous.end, token.start))
  ) {
    return false
  }
  const capitals = token.text.match(/\p{Lu}/gu)?.length ?? 0
  return /^\p{Lu}\p{L}{1,7}$/u.test(token.text) && capitals >= 2
}

/** The words after "and" go on the name before it ("… Health and Human Services") rather than start one. */
function continues(rest: NameToken[]): boolean {
  const [first] = rest
  if (!first || !isEverydayWord(first.text) || isPlace(first.text)) return false
  return !findKnownOrg(rest.map((t) => t.text).join(' '))
}

/** Whether the small words may join the run to the capitalised words after them (`rest`). */
function joins(run: NameToken[], small: NameToken[], restOf: () => NameToken[]): boolean {
  const words = small.map((t) => t.lower)
  if (words.every((w) => nameParticles.has(w))) return true
  if (!words.every((w) => orgConnectors.has(w))) return false
  const first = words[0] ?? ''
  const head = run.at(-1)?.lower ?? ''
  if (first === '&') return true
  // "Institute for Peace and Conflict Studies", "United Nations Relief and Works Agency", but not
  // "Senate Majority Leader … and House Speaker …" nor "ASEAN and African Union".
  if (first === 'and') {
    if (words.length > 1) return false
    const rest = restOf()
    const restHasHead = rest.some((t) => ORG_HEADS.has(t.lower))
    // Inside "X of …": "Ministry of Information and Broadcasting", not "Bank of England and Pakistan Peoples Party".
    if (run.some((t) => t.text === 'of' || t.text === 'for' || t.text === 'on'))
      return !restHasHead || continues(rest)
    // An unfinished name: "United Nations Relief and Works Agency", not "NATO and European Union".
    const unfinished = isEverydayWord(run.at(-1)?.text ?? '') && !ORG_HEADS.has(head)
    return unfinished && restHasHead
  }
  if (first === 'of' || first === 'for' || first === 'on') {
    return ORG_HEADS.has(head) || NON_ENTITY_HEADS.has(head) || TITLE_HEADS.has(head)
  }
  return false
}

/** The tokens from i on that follow each other with single spaces: the rest of a name. */
function adjacentFrom(segment: string, tokens: NameToken[], i: number): NameToken[] {
  const out = [tokens[i] as NameToken]
  for (let k = i + 1; k < tokens.length && out.length < 6; k++) {
    const prev = tokens[k - 1] as NameToken
    const next = tokens[k] as NameToken
    if (
      prev.closesName ||
      prev.endsSentence ||
      !SPACE_OR_SMALL_WORD.test(segment.slice(prev.end, next.start))
    )
      break
    out.push(next)
  }
  return out
}

/** Ends the run being built (a helper, not a closure: this runs for every segment). */
function closeRun(runs: NameRun[], current: NameToken[]): NameToken[] {
  if (current.length) runs.push({ tokens: current, acronym: null })
  return []
}

/** Groups the capitalised tokens of one segment into runs, bridging "of", "bin" and the like. */
export function toNameRuns(segment: string, rawTokens: NameToken[]): NameRun[] {
  const tokens = splitJoinedNames(rawTokens)
  const runs: NameRun[] = []
  let current: NameToken[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NameToken
    const previous = tokens[i - 1]
    // "(NDMA)" right after a run names that run.
    const lastOfRun = current.at(-1) ?? runs.at(-1)?.tokens.at(-1)
    if (previous && lastOfRun === previous && isBracketedAcronym(segment, previous, token)) {
      current = closeRun(runs, current)
      const named = runs.at(-1) as NameRun
      named.acronym = token.text
      continue
    }
    // Two small words at most fit between two words of one name ("… of the …").
    if (current.length && current.at(-1) === previous && previous && token.start - previous.end < 16) {
      const between = segment.slice(previous.end, token.start)
      const small = PLAIN_GAP.test(between) ? [] : smallWordsBetween(segment, previous.end, token.start)
      if (small && (small.length === 0 || joins(current, small, () => adjacentFrom(segment, tokens, i)))) {
        current.push(...small, token)
      } else {
        current = closeRun(runs, current)
        current.push(token)
      }
    } else {
      current = closeRun(runs, current)
      current.push(token)
    }
    if (token.closesName || token.endsSentence) current = closeRun(runs, current)
  }
  closeRun(runs, current)
  return runs
}
