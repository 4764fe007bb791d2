import { isCommonWord, isGivenName } from '../lexicon/words.ts'
import type { Segment } from './context.ts'
import { isTitleCase } from './context.ts'
import towns from './data/us-towns.json'
import type { Token } from './matcher.ts'

// US towns from GeoNames, built by data/build-towns.ts: split once, looked up by lower-case name.
const US_TOWNS: ReadonlySet<string> = new Set(towns.towns.split('|'))
const LEADING_TOWNS: ReadonlySet<string> = new Set(towns.leading.split('|'))

/** A US town of 1,000 people or more by this lower-case name ("athens", "lebanon"). */
export const isUsTown = (key: string): boolean => US_TOWNS.has(key)

const PARTY = /^[RD]$/
const COUNTY_WORDS = new Set(['county', 'counties', 'parish', 'parishes'])
const SPACE = /^[ \t\u00a0]+$/
const SENTENCE_BREAK = /[.!?:;"“”(—–]\s*$/
const CAPITALISED = /^\p{Lu}/u
const inHit = (segment: Segment, at: number) => segment.hits.some((hit) => hit.first <= at && at <= hit.last)

/** Words that follow a given name somewhere in the article ("Laura Bush"): people's names there. */
function namesAfterForenames(segments: Segment[]): Set<string> {
  const names = new Set<string>()
  for (const { tokens } of segments)
    for (let at = 1; at < tokens.length; at++) {
      const token = tokens[at] as Token
      const before = tokens[at - 1] as Token
      if (SPACE.test(token.gap) && CAPITALISED.test(before.text) && isGivenName(before.key))
        names.add(token.key)
    }
  return names
}

/**
 * Whether the article reads as local news from the US, on evidence other than a country's name:
 * a county or parish ("Rapides Parish", "Hall County"; one whose name is not a US town counts only when
 * the article names no other country, so "Nairobi County" stays Kenyan), or a US town that is the
 * largest of its name in the world ("Shreveport", "Pineville"), written mid-sentence and not as a
 * person's name. A state ("Springfield, Ill.") is read as its country by the gazetteer already.
 */
export function isUsLocal(segments: Segment[], otherCountryNamed: boolean): boolean {
  let names: Set<string> | null = null
  for (const segment of segments) {
    const { tokens } = segment
    const titleCase = isTitleCase(tokens)
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token
      const before = tokens[at - 1]
      if (before && COUNTY_WORDS.has(token.key) && CAPITALISED.test(token.text) && SPACE.test(token.gap)) {
        const named = CAPITALISED.test(before.text) && !inHit(segment, at - 1)
        if (named && (!otherCountryNamed || US_TOWNS.has(before.key))) return true
      }
      // "Westrom, R-Elbow Lake,", "(D-Ohio)": a US lawmaker's party and home.
      if (before && PARTY.test(before.text) && token.gap === '-' && CAPITALISED.test(token.text)) {
        const opened = tokens[at - 2] === undefined || /[,(]\s*$/.test(before.gap)
        if (opened) return true
      }
      if (titleCase || !CAPITALISED.test(token.text)) continue
      // A sentence may open with the town ("Joliet's building inspector says"), unless it is a common word.
      if ((at === 0 || SENTENCE_BREAK.test(token.gap)) && isCommonWord(token.key)) continue
      if (!LEADING_TOWNS.has(token.key) || inHit(segment, at)) continue
      const after = tokens[at + 1]
      if (after && SPACE.test(after.gap) && CAPITALISED.test(after.text)) continue
      names ??= namesAfterForenames(segments)
      if (!names.has(token.key)) return true
    }
  }
  return false
}
