import { isPlace } from '../lexicon/places.ts'
import { isCommonWord, isEverydayWord, isGivenName, isPersonNoun, nameGender } from '../lexicon/words.ts'
import {
  ABBREVIATIONS,
  FEMALE_TITLES,
  FUNCTION_WORDS,
  MALE_TITLES,
  NON_ENTITY_HEADS,
  ORG_WORDS,
  TITLE_MODIFIERS,
  TITLES,
} from '../lexicon/word-lists.ts'

// A contraction ("I'm", "They're") is a sentence's opening, not a name.
const CONTRACTION = /['’](?:m|re|ve|ll|d)$/i

/** A contraction ("I'm", "They're", "We'll"): never a name, nor a speaker. */
export const isContraction = (word: string): boolean => CONTRACTION.test(word)

/**
 * Whether words given as a person's name can be one: capitalised, not a title or role alone ("Secretary",
 * "former president"), not a place or demonym ("Mozambique", "Arab"), not a common word standing alone
 * ("Instead", "Importance"), and not opened by a function word ("why Donald Trump").
 */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean)
  const first = words[0]
  if (!first || !/^\p{Lu}/u.test(first)) return false
  const keys = words.map((w) => w.toLowerCase().replace(/[.’']s?$/g, ''))
  if (keys.every((k) => TITLES.has(k))) return false
  if (FUNCTION_WORDS.has(keys[0] as string) && words.length > 1) return false
  if (isPlace(name) || endsInTitle(keys) || endsInThingWord(keys)) return false
  if (words.length === 1) return !isCommonWord(keys[0] as string) && !isContraction(first)
  return true
}

/**
 * A lone word that is an everyday word or an abbreviation ("Start", "Sources", "Operations", "Jr"): a
 * person's name only where the article gives a fuller one it belongs to.
 */
export function isEverydayLoneWord(name: string): boolean {
  if (/\s/.test(name.trim())) return false
  const key = name.toLowerCase().replace(/[.’']s?$/g, '')
  return isEverydayWord(key) || ABBREVIATIONS.has(key)
}

/**
 * Lower-case words of a name that end in a title with no given name opening them and a place, a title's
 * word or a body's before it: a role ("Iowa Democrat", "Sirius XM Vice President"), where "Amy Pope",
 * "Peter T. King" and "Shamima Begum" are people.
 */
export function endsInTitle(keys: readonly string[]): boolean {
  if (keys.length < 2 || !TITLES.has(keys[keys.length - 1] as string) || isGivenName(keys[0] as string))
    return false
  // Only with a place, a title's word or a body's before it: "Shamima Begum", "Mehbooba Mufti" are people.
  const before = keys.slice(0, -1)
  return (
    before.some((k) => TITLES.has(k) || TITLE_MODIFIERS.has(k) || ORG_WORDS.has(k)) ||
    isPlace(before.join(' '))
  )
}

/**
 * Lower-case words of a name that end in the word of an event, a law or a building with no given name
 * opening them ("National Convention", "Trump Tower Manila" is caught by "tower" before its place), where
 * "Kristen Day" is a person.
 */
export function endsInThingWord(keys: readonly string[]): boolean {
  if (keys.length < 2 || isGivenName(keys[0] as string)) return false
  const last = keys.findLastIndex((k) => !isPlace(k))
  return last > 0 && NON_ENTITY_HEADS.has(keys[last] as string)
}

/**
 * Whose name it is, from the titles before it and the name's own words: a woman's title, else a woman's
 * given name even after an honorific men bear too ("Sheikh Hasina"), else a man's title, else the name.
 */
export function personGender(titleKeys: readonly string[], nameKeys: readonly string[]): 'f' | 'm' | null {
  if (titleKeys.some((w) => FEMALE_TITLES.has(w))) return 'f'
  const byName = nameGender(nameKeys)
  if (byName === 'f') return 'f'
  return titleKeys.some((w) => MALE_TITLES.has(w)) ? 'm' : byName
}

const OFFICE_LINKS = new Set(['of', 'for', 'and', 'the'])

/**
 * How many of the words after a title belong to the office it is of or for, when a name follows them:
 * "for Information and Broadcasting" before "Attaullah Tarar", "of Punjab" before "Maryam Nawaz"; else 0.
 * The office runs from "of"/"for" through title modifiers, everyday words and places, never a given name.
 */
export function officeLength(words: readonly string[]): number {
  const first = words[0]?.toLowerCase() ?? ''
  if (first !== 'of' && first !== 'for' && first !== 'and') return 0
  let end = 0
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string
    const key = word.toLowerCase()
    if (OFFICE_LINKS.has(word)) continue
    if (!/^\p{Lu}/u.test(word) || isGivenName(key)) break
    // "Khyber Pakhtunkhwa", "Gilgit-Baltistan": a place in one or two words.
    const next = words[k + 1]
    if (next && /^\p{Lu}/u.test(next) && isPlace(`${word} ${next}`)) {
      end = ++k + 1
      continue
    }
    if (!(TITLE_MODIFIERS.has(key) || isEverydayWord(word) || isCommonWord(key) || isPlace(word))) break
    end = k + 1
  }
  return end > 0 && words.slice(end).some((w) => /^\p{Lu}/u.test(w)) ? end : 0
}

/**
 * "Restaurateur Bill Sohovich", "Councilman Bill Banning": a capitalised word for a person before a given
 * name describes the person and is no part of the name (lower-case keys).
 */
export const describesPerson = (key: string, nextKey: string): boolean =>
  isPersonNoun(key) && !isGivenName(key) && isGivenName(nextKey)

/**
 * "Jordan Mitchell", "Chad Morrison", "Georgia Clarke": two words whose first is a given name that is a
 * place's too, before a surname that is neither an everyday word nor a place, are a person's name.
 */
export const isGivenNameBeforeSurname = (words: readonly string[]): boolean =>
  words.length === 2 &&
  isGivenName((words[0] as string).toLowerCase()) &&
  !isEverydayWord(words[1] as string) &&
  !isPlace(words[1] as string)
