import { nameParticles } from './title-words.ts'

type PersonEntry = { words: string[]; key: string; surname: string; mentions: number; first: number }

/**
 * How a surname is written alone: the last word, or everything from a particle on ("von der Leyen",
 * "bin Salman"); compared without case and without an Arabic article ("al-Sharaa" ~ "Sharaa").
 */
export function surnameKey(words: string[]): string {
  const particle = words.findIndex((w, i) => i > 0 && nameParticles.has(w.toLowerCase()))
  const surname = particle > 0 ? words.slice(particle).join(' ') : (words.at(-1) ?? '')
  return surname.toLowerCase().replace(/^(al|el)[- ]/, '')
}

// An initial inside a name is written with its dot, as news copy and the speakers show it: "James B. Comey".
const INITIAL = /^\p{Lu}$/u
const written = (words: string[]) =>
  words.map((w, i) => (INITIAL.test(w) && i < words.length - 1 ? `${w}.` : w)).join(' ')

const key = (words: string[]) => words.join(' ').toLowerCase()

/** Same surname, and every word of the shorter name is in the longer: "Imran Khan" ~ "Imran Ahmed Khan". */
function sameName(a: string[], b: string[]): boolean {
  if (a.at(-1) !== b.at(-1)) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.every((w) => long.includes(w))
}

/**
 * The people of one article. Full names (two words or more, or one word after a title) are registered
 * first; then a lone surname ("Khan and Doe welcomed…") counts toward the person of that surname last
 * named before it, or the first one named if it comes earlier than any.
 */
export class PersonBook {
  private readonly people: PersonEntry[] = []

  register(words: string[]): void {
    if (!this.find(words))
      this.people.push({ words, key: key(words), surname: surnameKey(words), mentions: 0, first: Infinity })
  }

  /** A one-word name after a title ("Mr Khan") is a person unless it is the surname of one already known. */
  registerSingle(word: string): void {
    const surname = surnameKey([word])
    const known = this.people.some((p) => p.surname === surname || p.words[0] === word)
    if (!known) this.register([word])
  }

  count(words: string[], order: number): void {
    const person = this.find(words)
    if (person) this.bump(person, order)
  }

  /**
   * Counts a lone word toward the person it is the surname of, or else the given name of exactly one
   * person ("Bilawal" for Bilawal Bhutto Zardari, as South Asian papers write); false when it names nobody.
   */
  countSurname(word: string, order: number): boolean {
    const surname = surnameKey([word])
    let matches = this.people.filter((p) => p.surname === surname)
    if (matches.length === 0) {
      const given = this.people.filter((p) => p.words.length > 1 && p.words[0] === word)
      if (given.length === 1) matches = given
    }
    if (matches.length === 0) return false
    const before = matches.filter((p) => p.first <= order).sort((a, b) => b.first - a.first)
    this.bump(before[0] ?? (matches[0] as PersonEntry), order)
    return true
  }

  surfaces(): { text: string; index: number }[] {
    return this.people.flatMap((p, index) => [
      { text: p.words.join(' '), index },
      { text: p.words.at(-1) ?? '', index },
    ])
  }

  countIndex(index: number, order: number): void {
    const person = this.people[index]
    if (person) this.bump(person, order)
  }

  list(): { name: string; mentions: number; first: number }[] {
    return this.people
      .filter((p) => p.mentions > 0)
      .map((p) => ({ name: written(p.words), mentions: p.mentions, first: p.first }))
  }

  private find(words: string[]): PersonEntry | undefined {
    const wanted = key(words)
    return this.people.find((p) => p.key === wanted) ?? this.people.find((p) => sameName(p.words, words))
  }

  private bump(person: PersonEntry, order: number): void {
    person.mentions++
    person.first = Math.min(person.first, order)
  }
}
