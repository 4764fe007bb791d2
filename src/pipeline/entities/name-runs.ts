import { nonEntityHeads, orgConnectors, orgHeads } from './entity-words.ts'
import { findKnownOrg, isPlace } from './name-lexicon.ts'
import type { NameToken } from './name-tokens.ts'
import { nameParticles, titleHeads } from './title-words.ts'

/** A stretch of capitalised words read as one name, with the small words joining it ("of", "bin"). */
export type NameRun = {
  tokens: NameToken[]
  /** An acronym given in brackets right after the run: "Directorate of National Security (NDS)". */
  acronym: string | null
}

const PLAIN_GAP = /^[ \u00a0]+$/
const ARABIC_PREFIXED = /^(al|el|ad|as|ash|at|az|ul|ur|ud|bin|ibn)-\p{Lu}/u

/** An all-capitals word of two to six letters ("NATO", "ACSSR"). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word)
}

/** Starts with a capital (or is "al-Assad"-like), and is not a shouted all-caps word. */
export function isNameWord(word: string): boolean {
  if (ARABIC_PREFIXED.test(word)) return true
  if (!/^\p{Lu}/u.test(word)) return false
  return isAcronym(word) || /\p{Ll}/u.test(word) || word.length === 1 || /\d/.test(word)
}

/** "Hamas-run", "Saudi-led": the name before such a suffix stands alone. */
const ATTRIBUTIVE =
  /^(.+)-(run|led|backed|based|born|owned|controlled|linked|allied|aligned|affiliated|funded|brokered|made|ruled|held|dominated|sponsored|supported)$/u

/** "Pakistan-EU", "Washington-Taliban": two names joined by a hyphen become two tokens. */
function splitJoinedNames(tokens: NameToken[]): NameToken[] {
  return tokens.flatMap((token, index) => {
    const attributive = ATTRIBUTIVE.exec(token.text)
    if (attributive?.[1] && /^\p{Lu}/u.test(attributive[1])) {
      return [{ ...token, text: attributive[1], possessive: true }]
    }
    const previous = tokens[index - 1]
    if (findKnownOrg(token.text) || (previous && findKnownOrg(`${previous.text} ${token.text}`)))
      return [token]
    const parts = token.text.split('-')
    if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return [token]
    if (!parts.some((p) => isAcronym(p) || isPlace(p) || findKnownOrg(p))) return [token]
    let at = token.start
    return parts.map((text, i) => {
      const part = { ...token, text, start: at, end: at + text.length, gap: i === 0 ? token.gap : '-' }
      if (i > 0) part.sentenceStart = false
      if (i < parts.length - 1) part.possessive = part.endsSentence = false
      at += text.length + 1
      return part
    })
  })
}

function isBracketedAcronym(segment: string, token: NameToken): boolean {
  const capitals = token.text.match(/\p{Lu}/gu)?.length ?? 0
  return (
    /\(\s*$/.test(token.gap) &&
    segment[token.end] === ')' &&
    /^\p{Lu}\p{L}{1,7}$/u.test(token.text) &&
    capitals >= 2
  )
}

/** Whether the small words tokens[from..to) may join the run to the capitalised word after them. */
function joins(run: NameToken[], small: NameToken[]): boolean {
  const words = small.map((t) => t.text.toLowerCase())
  if (words.every((w) => nameParticles.has(w))) return true
  if (!words.every((w) => orgConnectors.has(w))) return false
  const first = words[0] ?? ''
  const head = run.at(-1)?.text.toLowerCase() ?? ''
  if (first === '&') return true
  // "Centre for Strategic Studies and Research", not "Senate Majority Leader … and House Speaker …".
  if (first === 'and') return run.some((t) => ['of', 'for', 'on'].includes(t.text))
  if (first === 'of' || first === 'for' || first === 'on') {
    return orgHeads.has(head) || nonEntityHeads.has(head) || titleHeads.has(head)
  }
  return false
}

/** Groups the tokens of one segment into capitalised runs. */
export function toNameRuns(segment: string, rawTokens: NameToken[]): NameRun[] {
  const tokens = splitJoinedNames(rawTokens)
  const runs: NameRun[] = []
  let current: NameToken[] = []
  const close = () => {
    if (current.length) runs.push({ tokens: current, acronym: null })
    current = []
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as NameToken
    // "(NDS)" right after a run names that run.
    if (
      isBracketedAcronym(segment, token) &&
      (current.at(-1) ?? runs.at(-1)?.tokens.at(-1)) === tokens[i - 1]
    ) {
      close()
      const named = runs.at(-1)
      if (named) {
        named.acronym = token.text
        continue
      }
    }
    if (isNameWord(token.text)) {
      if (!current.length || !PLAIN_GAP.test(token.gap)) close()
      current.push(token)
      if (token.possessive || token.endsSentence) close()
      continue
    }
    // A run of small words may bridge to the next capitalised word.
    let j = i
    while (j < tokens.length && !isNameWord((tokens[j] as NameToken).text)) j++
    const next = tokens[j]
    const small = tokens.slice(i, j)
    const bridged =
      current.length > 0 &&
      next !== undefined &&
      small.length <= 2 &&
      [...small, next].every((t) => PLAIN_GAP.test(t.gap)) &&
      !small.some((t) => t.endsSentence || t.possessive) &&
      joins(current, small)
    if (bridged) {
      current.push(...small)
      i = j - 1
    } else close()
  }
  close()
  return runs
}
