import { isPlace } from '../lexicon/places.ts'
import {
  describesPerson,
  endsInThingWord,
  endsInTitle,
  officeLength,
  personGender,
} from '../names/person-name.ts'
import { isPersonNoun } from '../lexicon/words.ts'
import { headWord, isListNoun, type NounPhrase } from './noun-phrase.ts'
import { isAcronym, isLineBreakBetween, isPossessive, stripPossessive, type Token } from '../words/tokens.ts'
import {
  ANONYMOUS_NOUNS,
  DEFINITE,
  DOC_NOUNS,
  INDEFINITE,
  NAME_CONNECTORS,
  ORG_NOUNS,
  NON_ENTITY_HEADS,
  ORG_WORDS,
  ROLE_NOUNS,
  TITLE_ACRONYMS,
  TITLE_MODIFIERS,
  TITLES,
  roleParts,
} from '../lexicon/word-lists.ts'

export type Gender = 'm' | 'f' | null

/** What kind of words name the speaker, read from the phrase alone. */
export type MentionInfo =
  | { type: 'pronoun'; pronoun: string }
  | { type: 'acronym'; acronym: string }
  | { type: 'name'; name: string; kind: 'person' | 'organization'; gender: Gender; words: string[] }
  | {
      type: 'common'
      /** "the source", "the ministry's spokesman": refers back; "a source", "officials": introduces. */
      definite: boolean
      category: 'person' | 'org' | 'doc' | 'other'
      head: string
      /** Lower-case words for matching an earlier mention ("foreign", "office"). */
      words: string[]
      /** The phrase without a definite determiner ("interior ministry", "a police source"). */
      text: string
      plural: boolean
    }

const lowerWords = (tokens: readonly Token[]): string[] => tokens.filter((t) => t.word).map((t) => t.key)

/** Classifies a speaker phrase: pronoun, acronym, proper name (person or body) or common noun phrase. */
export function describeMention(text: string, np: NounPhrase): MentionInfo {
  if (np.pronoun) return { type: 'pronoun', pronoun: np.pronoun }
  // A name never runs over a line break ("Impeachment Clock\nSchiff said" is Schiff).
  const line = np.body.findLastIndex(
    (t, i) => i > 0 && isLineBreakBetween(text, (np.body[i - 1] as Token).end, t.start),
  )
  if (line > 0) {
    const body = np.body.slice(line)
    return describeMention(text, { ...np, det: null, body, tokens: body })
  }
  // After a possessive the phrase names the owner's person or part: "Britain’s Prime Minister Keir Starmer".
  let cut = -1
  np.body.forEach((t, i) => {
    if (isPossessive(t.text) && i < np.body.length - 1) cut = i
  })
  // "Officer (UNO) Tanvir Ahmed": a bracketed acronym inside the phrase is no part of title or name.
  const main = np.body.slice(cut + 1).filter((_, i, all) => !inBrackets(all, i))
  const last = main[main.length - 1] as Token
  const definite = np.det === null ? cut >= 0 : DEFINITE.has(np.det)
  if (!last.cap) {
    // A document names its issuer: "the ministry's statement", "a Reuters report", "the ISPR statement".
    if (DOC_NOUNS.has(last.key)) {
      const issuer = cut >= 0 ? np.body.slice(0, cut + 1) : main.filter((t) => t.cap)
      if (issuer.length > 0)
        return describeMention(text, { ...np, det: cut >= 0 ? np.det : null, body: issuer, tokens: issuer })
    }
    return common(text, np, main, definite, cut >= 0)
  }
  if (main.length === 1 && isAcronym(last.text)) {
    const expanded = TITLE_ACRONYMS[last.key]
    if (expanded) return roleOnly(expanded.split(' '), text, np)
    return { type: 'acronym', acronym: last.text.replace(/\.$/, '') }
  }
  let lastTitle = -1
  main.forEach((t, i) => {
    const later = main.slice(i + 1).some((u) => u.word && !TITLES.has(u.key))
    // "Tesla founder Elon Musk", "Dawn editor Zaffar Abbas": a lower-case noun before a name describes it.
    // "76-year-old Morton Blackwell": an age before a name describes it too.
    // "Restaurateur Bill Sohovich", "Councilman Bill Banning": a word for a person, capitalised, before a
    // given name describes the person too.
    const describes =
      (!t.cap &&
        !NAME_CONNECTORS.has(t.lower) &&
        (isListNoun(t.key) || TITLES.has(t.key) || /^\d/.test(t.text))) ||
      (t.cap && i === 0 && describesPerson(t.key, main[1]?.key ?? ''))
    // A title's own words include its modifiers ("Minister of Foreign Affairs X").
    const titleWord = TITLES.has(t.key) || (t.cap && lastTitle >= 0 && TITLE_MODIFIERS.has(t.key))
    if (t.word && (titleWord || describes) && later) lastTitle = i
  })
  // "Minister for Information and Broadcasting Attaullah Tarar", "Chief Minister of Punjab Maryam Nawaz":
  // the office a title is of or for runs on through its everyday words and places; the name after it is
  // the holder's, even where the office's words name a body.
  const officeEnd = officeAfter(main, lastTitle)
  if (officeEnd >= 0) lastTitle = officeEnd
  // "Foreign Office", "Ministry of Foreign Affairs": bodies whose names hold title words; keep them whole.
  const orgAt = main.findIndex((t) => ORG_WORDS.has(t.key))
  // A title in lower case is not part of the body's name ("Bank of England governor Andrew Bailey").
  const joined =
    orgAt >= 0 &&
    main[lastTitle]?.cap === true &&
    main.slice(orgAt, lastTitle + 1).some((t) => NAME_CONNECTORS.has(t.lower))
  // "The Democratic National Convention": a named event speaks for the body behind it, whole.
  const event = np.det === 'the' && NON_ENTITY_HEADS.has(main[main.length - 1]?.key ?? '')
  if (
    officeEnd < 0 &&
    (joined || event || lowerWords(main.slice(lastTitle + 1)).some((w) => ORG_WORDS.has(w)))
  )
    lastTitle = -1
  const titleWords = lowerWords(main.slice(0, lastTitle + 1))
  const nameTokens = main.slice(lastTitle + 1).filter((t) => t.word || t.text === '&')
  // "the Minister of Interior", "the Secretary of State": a title and what it is of, with no name after.
  const ofTitle = lastTitle >= 0 && nameTokens[0] !== undefined && !nameTokens[0].cap
  if (ofTitle || nameTokens.every((t) => TITLES.has(t.key))) return roleOnly(lowerWords(main), text, np)
  // "the DG ISPR", "the Director-General": a title, with the acronym of its office at most, is a role.
  const titled = (t: Token) => roleParts(t.key).some((k) => TITLES.has(k))
  if (np.det !== null && nameTokens.some(titled) && nameTokens.every((t) => titled(t) || isAcronym(t.text)))
    return roleOnly(
      nameTokens.flatMap((t) => roleParts(t.key)),
      text,
      np,
    )
  const first = nameTokens[0] as Token
  const name = text.slice(first.start, (nameTokens[nameTokens.length - 1] as Token).end)
  const nameWords = lowerWords(nameTokens)
  // Unless a given name opens it ("Amy Pope", "Kristen Day"), a name that ends in a title is a role
  // ("Iowa Democrat", "Sirius XM Vice President") and one that ends in an event's or a building's word is
  // the body behind it ("National Convention", "Sunshine Summit").
  if (endsInTitle(nameWords)) return roleOnly(lowerWords(main), text, np)
  // "State energy company OQ", "the ruling party PTI": a body's noun right before the name makes it a body.
  const describedAsBody =
    lastTitle >= 0 && main[lastTitle]?.cap === false && ORG_NOUNS.has(main[lastTitle]?.key ?? '')
  const isOrg =
    event ||
    describedAsBody ||
    endsInThingWord(nameWords) ||
    nameWords.some((w) => ORG_WORDS.has(w)) ||
    isPlace(stripPossessive(name)) ||
    (np.det === 'the' && lastTitle < 0)
  const gender: Gender = personGender(titleWords, nameWords)
  // "the Ministry" alone refers back to a ministry named before.
  if (isOrg && np.det === 'the' && nameWords.length === 1 && ORG_NOUNS.has(nameWords[0] as string)) {
    return common(text, np, main, true, false)
  }
  return {
    type: 'name',
    name: stripPossessive(name),
    kind: isOrg ? 'organization' : 'person',
    gender,
    words: [...titleWords, ...nameWords],
  }
}

/** The last word of the office a title at `title` is of or for, when a name follows it; else -1. */
function officeAfter(main: readonly Token[], title: number): number {
  if (title < 0) return -1
  const length = officeLength(main.slice(title + 1).map((t) => t.text))
  return length > 0 ? title + length : -1
}

const inBrackets = (tokens: readonly Token[], i: number): boolean =>
  ['(', ')'].includes((tokens[i] as Token).text) ||
  (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')')

function category(head: string): 'person' | 'org' | 'doc' | 'other' {
  if (DOC_NOUNS.has(head)) return 'doc'
  if (ORG_NOUNS.has(head)) return 'org'
  if (ROLE_NOUNS.has(head) || ANONYMOUS_NOUNS.has(head) || isPersonNoun(head)) return 'person'
  return 'other'
}

function common(text: string, np: NounPhrase, main: Token[], definite: boolean, owned: boolean): MentionInfo {
  const head = headWord(np)
  const first = (np.det && !DEFINITE.has(np.det) ? np.tokens[0] : np.body[0]) as Token
  const written = stripPossessive(text.slice(first.start, (np.body[np.body.length - 1] as Token).end))
  // A bare plural ("officials said") introduces speakers; a bare singular body ("police") is definite.
  const plural = /[^s]s$/.test(head) || head === 'people' || head === 'police'
  const bareDefinite = np.det === null && !owned && !plural
  return {
    type: 'common',
    definite: definite || bareDefinite,
    category: category(head),
    head,
    words: lowerWords(main),
    text: written,
    plural:
      plural ||
      (np.det !== null && /^(two|three|four|five|several|some|many|both|these|those|their)$/.test(np.det)),
  }
}

function roleOnly(words: string[], text: string, np: NounPhrase): MentionInfo {
  const first = np.body[0] as Token
  return {
    type: 'common',
    // "an Iowa Democrat" is someone new; "the chairman", "Chairman X" someone named before.
    definite: np.det === null || !INDEFINITE.has(np.det),
    category: 'person',
    head: words[words.length - 1] ?? '',
    words,
    text: text.slice(first.start, (np.body[np.body.length - 1] as Token).end),
    plural: false,
  }
}
