import { wordSet } from '../lexicon/word-list.ts'
import { ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/word-lists.ts'

/**
 * Words of the titles and honorifics that stand before names in news copy ("Deputy Prime Minister",
 * "Gen.", "Mr"), from the lexicon's one list of titles. A title is a run of these words holding at least
 * one head; it is dropped from the name that follows it and marks that name as a person.
 */
export const titleHeads: ReadonlySet<string> = TITLE_HEADS

/** Words that only build a title around a head ("Deputy", "Foreign", "Army" in "Chief of Army Staff"). */
export const titleModifiers: ReadonlySet<string> = TITLE_MODIFIERS

/** Abbreviated titles and other words that end with a dot without ending the sentence. */
export const abbreviations: ReadonlySet<string> = ABBREVIATIONS

/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen". */
export const nameParticles = wordSet(`
  bin, bint, ibn, al, el, ul, ur, ud, van, von, der, den, de, da, di, du, la, le, dos, das, del, ter, y
`)
