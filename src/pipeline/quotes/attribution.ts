import { canNameSpeaker, headWord, readNounPhrase, type NounPhrase } from './noun-phrase.ts'
import { isSpeechVerbAt, phrasalEnd, speechVerbBase } from './speech-verbs.ts'
import {
  isAppositive,
  nameBefore,
  preferName,
  splitChunks,
  stripAuxiliaries,
  sentenceSubject,
  shareBefore,
  subjectBefore,
  validStart,
} from './subject.ts'
import { tokenize, type Token } from '../words/tokens.ts'
import {
  ANONYMITY_CUES,
  AUXILIARIES,
  CUT_WORDS,
  DOC_NOUNS,
  FUNCTION_WORDS,
  SUBORDINATORS,
} from '../lexicon/word-lists.ts'

/** The speaker phrase of an attribution ("X said", "said X", "according to X") and where its verb ends. */
export type Attribution = { np: NounPhrase; verbEnd: number; anonymous: boolean }

const LEADING_PUNCT = new Set([',', '—', '–', '-', ':', ')', ';'])
const MAX_TRAILING_TOKENS = 30
// After `"Why?"` only a bare attribution follows ("he asked reporters."); more is a new sentence.
const SHORT_TAIL = 4

/**
 * Attribution after a quote's closing mark, up to the end of its sentence: `," X said`, `," said X`,
 * `," X, who …, told Reuters`, `," according to X`. The speaker must open the tail; a speech verb far
 * into another clause does not attribute the quote. After a quote that ends its own sentence only a
 * bare tail counts (`"Why?" he asked.`), not a next sentence ("The official added that …").
 * `quoteOpensSentence`: nothing but the quote stands before it in its sentence.
 */
export function trailingAttribution(
  text: string,
  from: number,
  to: number,
  quoteEndsSentence: boolean,
  quoteOpensSentence = false,
): Attribution | null {
  const tokens = tailTokens(text, from, to)
  const according = accordingTo(tokens, 0)
  if (according) return { ...according, anonymous: hasAnonymityCue(text, from, to) }
  if (carriesOnSpeech(tokens)) return null
  // `"…hard" for the victory, X said.`: a quote that opens its sentence runs on through a phrase before
  // its tail (`the "Asia Summit" in Singapore, X said` is a name inside someone else's sentence).
  const comma =
    quoteOpensSentence && PREPOSITIONS.has(tokens[0]?.lower ?? '')
      ? tokens.findIndex((t) => t.text === ',')
      : -1
  if (comma > 1 && comma <= 6 && !tokens.some((_, k) => k < comma && isSpeechVerbAt(tokens, k)))
    return trailingAttribution(text, (tokens[comma] as Token).end, to, true)
  if (isSpeechVerbAt(tokens, 0)) {
    // `," said X` — whatever follows the phrase (", who …", "in a statement", ".") is fine.
    const read = readNounPhrase(tokens, 1)
    // `," said master of ceremonies X`: a role in lower case before the name.
    const named = read?.body.some((t) => t.cap) ? null : nameAfterRole(tokens, 1)
    const np = named ?? (read && canNameSpeaker(read) ? read : null)
    if (!np) return null
    const after = tokens.slice(tokens.indexOf(np.tokens[np.tokens.length - 1] as Token) + 1)
    // `"…?" said X, an opposition member from Y.`, `"…!" beamed X of Y, who …` — the tail goes on with
    // an aside or a preposition, never a clause of its own.
    if (quoteEndsSentence && after.length > SHORT_TAIL && !continuesTail(after, 0)) return null
    return {
      np: preferName(np, after),
      verbEnd: (tokens[0] as Token).end,
      anonymous: hasAnonymityCue(text, from, to),
    }
  }
  for (let v = 1; v < tokens.length; v++) {
    if (!isSpeechVerbAt(tokens, v)) continue
    // `"…?" a reporter can be heard asking X`: the one heard is the speaker.
    const heard = (tokens[v] as Token).lower.endsWith('ing') && PERCEIVED.has(tokens[v - 1]?.lower ?? '')
    const chunks = splitChunks(stripAuxiliaries(tokens.slice(0, heard ? v - 1 : v)))
    const first = chunks[0]
    const np = first && validStart(first)
    if (!np) return null
    const rest = chunks.slice(1)
    if (!rest.every((c) => isAppositive(c))) return null
    // `"…!" X said as he left.` is the quote's tail; `"Why?" The official added that …` is a new sentence.
    // The tail runs past a particle (`shot back`) and the one spoken to (`told Britain's ITV in …`).
    const verbLast = phrasalEnd(tokens, v)
    const next = verbLast + 1 + addresseeLength(tokens, v, verbLast + 1)
    const long = rest.length > 0 || tokens.length - next > SHORT_TAIL
    if (quoteEndsSentence && long && !continuesTail(tokens, next)) return null
    return {
      np: preferName(np, rest[0] ?? []),
      verbEnd: (tokens[verbLast] as Token).end,
      anonymous: hasAnonymityCue(text, from, to),
    }
  }
  return null
}

function tailTokens(text: string, from: number, to: number): Token[] {
  const all = tokenize(text, from, to)
  let k = 0
  while (k < all.length && LEADING_PUNCT.has((all[k] as Token).text)) k++
  return all.slice(k, k + MAX_TRAILING_TOKENS)
}

// `," adding that …`, `," saying …`: a participle carries on the quote's own speaker, never names one.
const carriesOnSpeech = (tokens: readonly Token[]): boolean =>
  isSpeechVerbAt(tokens, 0) && (tokens[0] as Token).lower.endsWith('ing')

/** Speech goes on after the closing mark (`," adding that …`): the quote is reported speech, its speaker before it. */
export function speechCarriesOn(text: string, from: number, to: number): boolean {
  return carriesOnSpeech(tailTokens(text, from, to))
}

/**
 * An inverted attribution set off by commas later in the quote's sentence: `The promise to “…” appeals to
 * voters, said X, a demographer.`, `The paradox, says X, is that she was “…”`.
 */
export function insetAttribution(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to, 80)
  // `“…”, and Gill, sitting beside her, said he …`: a clause of its own, whose "he" is no inset speaker.
  const ownClause = COORDINATORS.has(tokens.find((t) => t.word)?.lower ?? '')
  for (let k = 0; k < tokens.length - 2; k++) {
    if ((tokens[k] as Token).text !== ',') continue
    // `… a “regional” candidate, as X's campaign manager suggested`: the writer credits the words after "as".
    const asSaid = tokens[k + 1]?.lower === 'as' ? readNounPhrase(tokens, k + 2) : null
    if (asSaid && canNameSpeaker(asSaid) && !asSaid.pronoun) {
      let verb = k + 2 + asSaid.tokens.length
      while (AUXILIARIES.has(tokens[verb]?.lower ?? '')) verb++
      if (isSpeechVerbAt(tokens, verb))
        return {
          np: asSaid,
          verbEnd: (tokens[verb] as Token).end,
          anonymous: hasAnonymityCue(text, from, to),
        }
    }
    if (!isSpeechVerbAt(tokens, k + 1)) continue
    if ((tokens[k + 1] as Token).lower.endsWith('ing')) continue
    const np = readNounPhrase(tokens, k + 2)
    if (np && canNameSpeaker(np) && np.det === null && !(ownClause && np.pronoun))
      return { np, verbEnd: (tokens[k + 1] as Token).end, anonymous: hasAnonymityCue(text, from, to) }
  }
  return null
}

/**
 * Attribution in a sentence before a quote, or in a whole sentence of reported speech: "X said: “…”",
 * "X said the meeting was a “…”", "In a statement, X said", "According to X, …", "X, who …, said".
 * With `framing`, verbs that frame a phrase count too ("X called it “…”").
 */
export function leadAttribution(text: string, from: number, to: number, framing = false): Attribution | null {
  const tokens = tokenize(text, from, to, 80)
  // "X suggested …, while Y said that the “…”": the clause nearest the quote names its speaker.
  const contrast = tokens.findLastIndex((t, k) => CLAUSE_SPLITS.has(t.lower) && tokens[k - 1]?.text === ',')
  if (contrast > 0) {
    const later = leadAttribution(text, (tokens[contrast] as Token).end, to, framing)
    const named = later && (later.np.pronoun !== null || later.np.body.some((t) => t.cap))
    if (named && firstVerb(tokens, contrast) >= 0) return later
  }
  // After a participle with no subject of its own (`…”, adding that it was why …`), only a later `, said`
  // can attribute; a verb deeper in the clause speaks of someone else.
  let afterParticiple = false
  for (let v = 0; v < tokens.length; v++) {
    const according = accordingTo(tokens, v)
    if (according) return { ...according, anonymous: hasAnonymityCue(text, from, to) }
    if (!isSpeechVerbAt(tokens, v, framing && !afterParticiple)) continue
    if (afterParticiple && tokens[v - 1]?.text !== ',') continue
    // "Asked by the host to respond, X said": an infinitive is not what anyone said.
    if (tokens[v - 1]?.lower === 'to') continue
    const before = tokens.slice(0, v)
    // "X was asked by the moderator whether …": the one who asks is the agent after "by".
    const agent = askedBy(tokens, v)
    if (agent) return { np: agent, verbEnd: (tokens[v] as Token).end, anonymous: false }
    if (opensParticiple(tokens, v)) {
      // "X met elders on Monday, saying …": the participle's subject is the sentence's, not "elders".
      const subject = sentenceSubject(before, true) ?? namedOrNull(subjectBefore(before))
      if (subject)
        return { np: subject, verbEnd: (tokens[v] as Token).end, anonymous: hasAnonymityCue(text, from, to) }
      afterParticiple = true
      continue
    }
    if (closesSubordinate(tokens, v)) continue
    // `Said Dorothy Poynter, who …, “…”`: a sentence that opens with the verb names the speaker after it.
    if (v === 0 && INVERTING.has((tokens[0] as Token).lower)) {
      const np = readNounPhrase(tokens, 1)
      const after = np ? tokens[1 + np.tokens.length] : undefined
      if (np && canNameSpeaker(np) && !np.pronoun && (!after || after.text === ',' || after.text === ':'))
        return { np, verbEnd: (tokens[0] as Token).end, anonymous: hasAnonymityCue(text, from, to) }
    }
    // "The paradox, says X, historian at Y, is that …": a name after a verb set off by commas.
    const inverted =
      tokens[v - 1]?.text === ',' && INVERTING.has(tokens[v]?.lower ?? '')
        ? readNounPhrase(tokens, v + 1)
        : null
    const afterName = inverted ? tokens[v + 1 + inverted.tokens.length] : undefined
    // "X, a former aide, said Fiorina “…”": a name that runs straight into the quote is what was said of
    // someone, not the speaker set off after the verb.
    const setOff = afterName !== undefined && (afterName.text === ',' || afterName.text === '.')
    if (
      inverted &&
      setOff &&
      inverted.det === null &&
      inverted.body.some((t) => t.cap) &&
      canNameSpeaker(inverted)
    )
      return { np: inverted, verbEnd: (tokens[v] as Token).end, anonymous: hasAnonymityCue(text, from, to) }
    const np = subjectBefore(before)
    if (np) return { np, verbEnd: (tokens[v] as Token).end, anonymous: hasAnonymityCue(text, from, to) }
    // "About four in 10 said": a share of those polled is someone unnamed.
    const share = shareBefore(before)
    if (share) return { np: share, verbEnd: (tokens[v] as Token).end, anonymous: true }
  }
  return null
}

const CONTRASTS = new Set(['while', 'whereas'])
// `“…,” he said, as she added: “…”`: a clause after a comma that names its own speaker before the quote.
const CLAUSE_SPLITS = new Set([...CONTRASTS, 'as'])
const COORDINATORS = new Set(['and', 'but', 'or', ...CONTRASTS])

/** Index of the first speech verb before `end`, or -1. */
function firstVerb(tokens: readonly Token[], end: number): number {
  for (let v = 0; v < end; v++) if (isSpeechVerbAt(tokens, v)) return v
  return -1
}

/** The agent of a passive question ("was asked by the moderator whether"), when a name or phrase follows "by". */
function askedBy(tokens: readonly Token[], v: number): NounPhrase | null {
  if ((tokens[v] as Token).lower !== 'asked' || tokens[v + 1]?.lower !== 'by') return null
  if (!AUXILIARIES.has(tokens[v - 1]?.lower ?? '')) return null
  // "by Fox Business moderator Gerard Baker whether": the name that ends the agent's phrase.
  let end = v + 2
  while (end < tokens.length && end < v + 12 && !AGENT_ENDS.has((tokens[end] as Token).lower)) end++
  const np = nameBefore(tokens.slice(v + 2, end)) ?? readNounPhrase(tokens, v + 2)
  return np && canNameSpeaker(np) ? np : null
}

const AGENT_ENDS = new Set([',', 'whether', 'if', 'to', 'about', 'why', 'what', 'how', 'when', 'for'])

// Verbs that stand before their speaker in an inset ("…, says X, …"); "told X" names who was told.
const INVERTING = new Set([
  'says',
  'said',
  'adds',
  'added',
  'writes',
  'wrote',
  'notes',
  'noted',
  'argues',
  'argued',
])

/** "After the interview concluded, X stated": a verb in a subordinate clause that closes before the quote. */
function closesSubordinate(tokens: readonly Token[], v: number): boolean {
  const opener = splitChunks(tokens.slice(0, v)).at(-1)?.[0]?.lower ?? ''
  return SUBORDINATORS.has(opener) && tokens.slice(v + 1).some((t) => t.text === ',')
}

const namedOrNull = (np: NounPhrase | null): NounPhrase | null =>
  np && (np.pronoun !== null || np.body.some((t) => t.cap)) ? np : null

/** A speech verb in -ing form opening a comma chunk: ", saying", ", calling it", ", and adding". */
function opensParticiple(tokens: readonly Token[], v: number): boolean {
  if (!(tokens[v] as Token).lower.endsWith('ing')) return false
  const prev = tokens[v - 1]
  return prev?.text === ',' || (prev?.lower === 'and' && tokens[v - 2]?.text === ',')
}

/**
 * A name set before a quote with a colon, as blogs and live pages credit quotes: `More from Jones: “…”`,
 * `HuffPollster: “…”`. Only when the colon stands right before the quote.
 */
export function labelAttribution(text: string, from: number, to: number): Attribution | null {
  const colon = text.slice(from, to).search(/:\s*$/)
  if (colon < 0) return null
  const tokens = tokenize(text, from, from + colon, 40)
  const np = nameBefore(tokens) ?? presented(tokens)
  return np ? { np, verbEnd: from + colon + 1, anonymous: false } : null
}

/**
 * A label that presents a speaker before a colon: `Here's Clinton in December 1992:`, `From the report:`,
 * `Said Poynter:` — the phrase after the opener, with at most a short "in …" or "on …" after it.
 */
function presented(tokens: readonly Token[]): NounPhrase | null {
  const words = tokens.map((t) => t.lower)
  const opener = LABEL_OPENERS.find((o) => o.every((w, k) => words[k] === w))
  if (!opener) return null
  const np = readNounPhrase(tokens, opener.length)
  if (!np || !canNameSpeaker(np) || np.pronoun) return null
  const rest = tokens.slice(opener.length + np.tokens.length)
  const fits =
    rest.length === 0 || (['in', 'on', 'at', 'during'].includes(rest[0]?.lower ?? '') && rest.length <= 5)
  return fits ? np : null
}
const LABEL_OPENERS = [['here’s'], ["here's"], ['here', 'is'], ['more', 'from'], ['from'], ['said'], ['says']]

/** "according to X" at tokens[k]; a document ("a statement from X") gives way to its issuer. */
function accordingTo(tokens: readonly Token[], k: number): Omit<Attribution, 'anonymous'> | null {
  if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.text !== 'to') return null
  const np = readNounPhrase(tokens, k + 2)
  if (!np || !canNameSpeaker(np)) return null
  const after = k + 2 + np.tokens.length
  const link = tokens[after]?.lower
  if (DOC_NOUNS.has(headWord(np)) && (link === 'from' || link === 'by' || link === 'of')) {
    const issuer = readNounPhrase(tokens, after + 1)
    if (issuer && canNameSpeaker(issuer)) return { np: issuer, verbEnd: lastEnd(issuer) }
  }
  return { np, verbEnd: lastEnd(np) }
}

/**
 * A word after a tail's verb or name that carries the tail on: a comma, a full stop, "as", "in", "to" —
 * past any adverbs (`said pleasantly into the phone`).
 */
function continuesTail(tokens: readonly Token[], k: number): boolean {
  let next = tokens[k]
  while (next && /^\p{Ll}{3,}ly$/u.test(next.text)) next = tokens[++k]
  return (
    !next || next.text === ',' || next.text === '.' || (CUT_WORDS.has(next.lower) && next.lower !== 'that')
  )
}

/** The length of the phrase naming who was spoken to after "told", "asked", "assured" …, or 0. */
function addresseeLength(tokens: readonly Token[], verb: number, at: number): number {
  if (!ADDRESSEE_VERBS.has(speechVerbBase((tokens[verb] as Token).lower) ?? '')) return 0
  const np = readNounPhrase(tokens, at)
  if (!np) return 0
  // …with the common nouns a name runs into ("Britain's ITV television station").
  let end = at + np.tokens.length
  for (let k = 0; k < 3; k++) {
    const t = tokens[end]
    if (!t?.word || t.cap || CUT_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) break
    end++
  }
  return end - at
}
const ADDRESSEE_VERBS = new Set(['tell', 'ask', 'assure', 'remind', 'inform', 'warn', 'urge', 'thank'])

/** The name after a few lower-case words of a role (`said master of ceremonies X`, `said former state Sen. X`). */
function nameAfterRole(tokens: readonly Token[], from: number): NounPhrase | null {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const t = tokens[k] as Token
    if (t.cap) {
      const np = readNounPhrase(tokens, k)
      return np && np.det === null && canNameSpeaker(np) ? np : null
    }
    if (t.lower === 'of') continue
    if (!t.word || CUT_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) return null
  }
  return null
}

// Prepositions a quote's sentence may run on with before its tail (`"…" for the victory, X said`).
const PREPOSITIONS = new Set([
  'for',
  'in',
  'to',
  'at',
  'on',
  'with',
  'from',
  'about',
  'after',
  'before',
  'during',
  'over',
  'into',
  'against',
])
// "can be heard asking", "is seen telling": the one perceived is the speaker.
const PERCEIVED = new Set(['heard', 'seen', 'shown', 'caught', 'filmed', 'recorded', 'overheard'])

const lastEnd = (np: NounPhrase): number => (np.tokens[np.tokens.length - 1] as Token).end

// One pattern for every cue, built once: an attribution window is tested for all of them at a time.
const ANONYMITY_PATTERN = new RegExp(
  ANONYMITY_CUES.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
)

function hasAnonymityCue(text: string, from: number, to: number): boolean {
  return ANONYMITY_PATTERN.test(text.slice(from, to))
}
