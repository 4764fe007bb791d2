import data from '../lexicon/speech-verbs.json'
import { isListedAdverb } from '../lexicon/words.ts'
import type { Token } from '../words/tokens.ts'
import { DEFINITE, INDEFINITE } from '../lexicon/word-lists.ts'

/** The regular -s, -ed and -ing forms of a base verb ("note" → notes, noted, noting). */
export function verbForms(base: string): string[] {
  const consonantY = /[^aeiou]y$/.test(base)
  const third = consonantY
    ? `${base.slice(0, -1)}ies`
    : /(s|sh|ch|x|z|o)$/.test(base)
      ? `${base}es`
      : `${base}s`
  const past = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`
  const ing = /[^aeiouy]e$/.test(base) || /ue$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`
  return [base, third, past, ing]
}

// form → base, built once.
const SPEECH = new Map<string, string>()
for (const [base, forms] of Object.entries(data.irregular)) for (const form of forms) SPEECH.set(form, base)
for (const base of data.regular)
  for (const form of verbForms(base)) if (!SPEECH.has(form)) SPEECH.set(form, base)
const PHRASAL: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.phrasal))
// After a phrasal verb's particle: the end of the clause or a word that carries the tail on
// ("shot back at reporters"); "went on to win" is no speech.
const AFTER_PARTICLE = new Set(['with', 'at', 'as', 'in', 'on', 'during', 'after', 'when', 'while', 'before'])
const FRAMING = new Map<string, string>()
for (const base of data.framing) for (const form of verbForms(base)) FRAMING.set(form, base)
for (const [base, forms] of Object.entries(data.framingIrregular))
  for (const form of forms) FRAMING.set(form, base)

const NAMING = new Set(data.naming.flatMap((base) => verbForms(base)))

// A bare base form ("report", "note", "claim") is as often a noun; it is a verb only after these.
const BASE_FORM_CUES = new Set(
  'i we you they will would shall should can can’t could may might must to did does do not also often always never still usually'.split(
    ' ',
  ),
)

const INNER_ADVERBS = new Set(['only', 'just', 'even', 'simply', 'merely', 'then'])

// Built once: isSpeechVerbAt runs for every word of every attribution window.
const POSSESSIVE_END = /['’]s$/
const PLURAL_NOUN = /^\p{Ll}.*[^s]s$/u
const CAPITALISED_PAST = /^\p{Lu}\p{Ll}+ed$/u

const isDeterminer = (lower: string): boolean =>
  DEFINITE.has(lower) || INDEFINITE.has(lower) || POSSESSIVE_END.test(lower)

/** The base of a speech verb form ("told" → "tell"), or null. */
export function speechVerbBase(word: string): string | null {
  return SPEECH.get(word.toLowerCase()) ?? null
}

/** The base of a verb that frames a quoted phrase ("called" → "call", "referring" → "refer"), or null. */
export function framingVerbBase(word: string): string | null {
  return FRAMING.get(word.toLowerCase()) ?? null
}

/** True for a form of a framing verb that gives someone a name ("called", "dubs", "labeled"). */
export function isNamingVerb(word: string): boolean {
  return NAMING.has(word.toLowerCase())
}

/**
 * True when tokens[i] is used as a speech verb (or, with `framing`, a verb that frames a quoted phrase:
 * "called it"). A form after a determiner is a noun ("the report", "a warning"); a bare base form needs a
 * subject pronoun, modal or plural noun before it ("officials say", "will say").
 */
export function isSpeechVerbAt(tokens: readonly Token[], i: number, framing = false): boolean {
  const token = tokens[i]
  if (!token?.word) return false
  const lower = token.lower
  // Mid-sentence capitals are names (Edward Said), not verbs — but a past form after a comma is a verb
  // written with a capital (`X, the head of Y, Tweeted on Friday`).
  if (i > 0 && lower !== token.text && !(tokens[i - 1]?.text === ',' && CAPITALISED_PAST.test(token.text)))
    return false
  // "as X put it", "she puts it": the idiom says, whatever "put" means elsewhere.
  if ((lower === 'put' || lower === 'puts') && tokens[i + 1]?.lower === 'it' && i > 0) return true
  const prev = tokens[i - 1]
  if (phrasalEnd(tokens, i) > i) return !prev || !isDeterminer(prev.lower)
  const base = SPEECH.get(lower) ?? (framing ? FRAMING.get(lower) : undefined)
  if (base === undefined) return false
  if (!prev) return lower !== base || lower.endsWith('ing')
  // "that" before an inflected form is a relative pronoun ("letters that called him …"): "that" as a
  // determiner takes a singular noun, which a -s/-ed/-ing form of a verb is not.
  if (isDeterminer(prev.lower)) return prev.lower === 'that' && lower !== base
  if (lower !== base) return true
  // "could only quip", "would just say": an adverb may stand between the modal and the verb.
  let cue = prev
  for (let k = i - 2; k >= 0 && INNER_ADVERBS.has(cue.lower); k--) cue = tokens[k] as Token
  return BASE_FORM_CUES.has(cue.lower) || (prev.word && PLURAL_NOUN.test(prev.text))
}

/**
 * The index of the particle that makes tokens[i] a phrasal speech verb ("shot back", "went on",
 * "chimed in"), or i when it is none.
 */
export function phrasalEnd(tokens: readonly Token[], i: number): number {
  const particles = PHRASAL.get((tokens[i] as Token | undefined)?.lower ?? '')
  const particle = tokens[i + 1]
  if (!particles || !particle || !particles.includes(particle.lower)) return i
  const after = tokens[i + 2]
  // "fired back forcefully:": an adverb may follow the particle.
  return !after || !after.word || AFTER_PARTICLE.has(after.lower) || isListedAdverb(after.lower) ? i + 1 : i
}
