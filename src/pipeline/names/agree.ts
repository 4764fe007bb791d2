import type { NamedEntity, Quote } from '../../lib/article.ts'
import { nameKey } from '../words/name-key.ts'

/**
 * The speakers of an article written as its People list writes them, so that "Who's quoted" and People
 * name one person one way: a speaker spelt otherwise ("Dennis B Ross"), named by a surname alone ("Trump"
 * where People has "Donald J. Trump") or without the initials People gives ("Senthil Kumaran" for "P.
 * Senthil Kumaran"), or with a word of description still before the name ("Comedian Sarah Silverman")
 * takes the People name, when exactly one person there fits. Anyone else is left as the
 * quote reader credited them.
 */
export function agreeWithPeople(quotes: Quote[], people: readonly NamedEntity[]): Quote[] {
  const byKey = new Map(people.map((p) => [nameKey(p.name), p.name]))
  const words = people.map((p) => ({ name: p.name, words: nameKey(p.name).split(' ') }))
  const canonical = (name: string): string | null => {
    const key = nameKey(name)
    const same = byKey.get(key)
    if (same !== undefined) return same
    const spoken = key.split(' ')
    const fits = words.filter((p) =>
      spoken.length === 1
        ? p.words.length > 1 && p.words.at(-1) === key
        : spoken.length > p.words.length
          ? p.words.length >= 2 &&
            spoken.length - p.words.length <= 2 &&
            spoken.slice(-p.words.length).join(' ') === p.words.join(' ')
          : // "Senthil Kumaran" where People has "P. Senthil Kumaran": the same person, initials left out.
            p.words.length - spoken.length <= 2 &&
            p.words.slice(-spoken.length).join(' ') === key &&
            p.words.slice(0, -spoken.length).every((w) => w.length === 1),
    )
    return fits.length === 1 ? (fits[0] as { name: string }).name : null
  }
  return quotes.map((quote) => {
    const speaker = quote.speaker
    if (speaker?.kind !== 'person') return quote
    const name = canonical(speaker.name)
    return name === null || name === speaker.name ? quote : { ...quote, speaker: { ...speaker, name } }
  })
}
