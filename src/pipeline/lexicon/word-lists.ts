import lists from './word-lists.json'

// Sets are built once at module load so every lookup during extraction is O(1).
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words)

// "co-founder", "ex-minister", "vice-president" are what their last part is.
const PREFIXED = /^(?:co|ex|vice|deputy|acting|then|former)-(?=[a-z])/
/** A set of roles that also knows their prefixed forms. */
class RoleSet extends Set<string> {
  override has(word: string): boolean {
    return super.has(word) || (PREFIXED.test(word) && super.has(word.replace(PREFIXED, '')))
  }
}
const roles = (words: readonly string[]): ReadonlySet<string> => new RoleSet(words)

export const TITLES = roles(lists.titles)
/** Words that only build a title around its head ("Deputy", "Foreign" in "Deputy Foreign Minister"). */
export const TITLE_MODIFIERS = set(lists.titleModifiers)
/** The titles that are a title's head ("Minister", "Gen", "Mr"): names/ splits them off a person's name. */
export const TITLE_HEADS = roles(lists.titles.filter((word) => !TITLE_MODIFIERS.has(word)))
/** Short forms of titles and what they stand for ("sen" → "senator"), so "the senator" finds "Sen. X". */
export const TITLE_SHORT_FORMS: Readonly<Record<string, string>> = lists.titleShortForms
export const TITLE_ACRONYMS: Readonly<Record<string, string>> = lists.titleAcronyms
export const FEMALE_TITLES = roles(lists.femaleTitles)
export const MALE_TITLES = roles(lists.maleTitles)
/** Words that end or head an organisation's name ("Interior Ministry", "Ministry of …"): names/ reads them too. */
export const ORG_HEADS = set(lists.orgWords)
/** Those words and organisations' own names ("Reuters", "NATO"): a mention holding one is a body. */
export const ORG_WORDS = set([...lists.orgWords, ...lists.orgNames])
/** Words that end the names of events, laws, places and buildings ("Convention", "Festival", "Jail"). */
export const NON_ENTITY_HEADS = set(lists.nonEntityHeads)
export const ANONYMOUS_NOUNS = roles(lists.anonymousNouns)
export const ROLE_NOUNS = roles(lists.roleNouns)
export const ORG_NOUNS = set(lists.orgNouns)
export const DOC_NOUNS = set(lists.docNouns)
export const DEFINITE = set(lists.determiners.definite)
export const INDEFINITE = set(lists.determiners.indefinite)
export const PRONOUNS = set(lists.pronouns)
/** Pronouns as objects ("called him …"). */
export const OBJECT_PRONOUNS = set(lists.objectPronouns)
export const NAME_CONNECTORS = set(lists.nameConnectors)
export const FUNCTION_WORDS = set(lists.functionWords)
export const CUT_WORDS = set(lists.cutWords)
export const AUXILIARIES = set(lists.auxiliaries)
export const RELATIVE_STARTS = set(lists.relativeStarts)
/** Words that open a subordinate clause ("after the talks ended"): a verb inside one is not the sentence's. */
export const SUBORDINATORS = set(lists.subordinators)
/** Words that may stand between two quoted fragments of one list (`a “loser,” a “liar” and a “whiner”`). */
export const LIST_LINKS = set([
  ...lists.listLinks,
  ...lists.determiners.definite,
  ...lists.determiners.indefinite,
])
export const LIST_COORDINATORS = set(lists.listCoordinators)
export const ANONYMITY_CUES: readonly string[] = lists.anonymityCues
export const WORK_MARKERS = set(lists.workMarkers)
/** Words of a share of people, as polls report them: "about four in 10", "most", "14 percent". */
export const SHARE_WORDS = set(lists.shareWords)
/** Nouns for something said: a phrase quoted after them is what was said ("his promise to be “neutral”"). */
export const SPEECH_NOUNS = set(lists.speechNouns)
/** Nouns any kind of body goes by: "the agency said" after "According to the UNODC" is the UNODC. */
export const GENERIC_ORG_NOUNS = set(lists.genericOrgNouns)
export const SMALL_TITLE_WORDS = set(lists.smallTitleWords)
export const ABBREVIATIONS = set(lists.abbreviations)
export const ELISIONS = set(lists.elisions)

/** What a word of a role stands for: "dg" → "director", "general"; "director-general" → its parts. */
export function roleParts(key: string): string[] {
  const expanded = TITLE_ACRONYMS[key]
  if (expanded) return expanded.split(' ')
  return key.includes('-') ? key.split('-') : [key]
}
