/**
 * Writes `../words.json`: given names, and common English words that are never a name on their own, from
 * the lexicon of the compromise NLP library (MIT). Run: `npx tsx src/pipeline/lexicon/build/build-words.ts`.
 * The pipeline reads the JSON, so the library is needed only to regenerate it.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'

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
const commonWords = new Set<string>()
for (const [word, tags] of Object.entries(model.one.lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(word)) continue
  const list = [tags].flat()
  if (list.some((tag) => /FemaleName|MaleName|FirstName/.test(tag))) givenNames.add(word)
  else if (!list.some((tag) => NAME_TAGS.test(tag)) && list.some((tag) => COMMON_TAGS.has(tag)))
    commonWords.add(word)
}
const out = { givenNames: [...givenNames].sort(), commonWords: [...commonWords].sort() }
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'words.json')
writeFileSync(target, JSON.stringify(out) + '\n')
console.log(`wrote ${target}: ${out.givenNames.length} given names, ${out.commonWords.length} common words`)
