/**
 * Benchmark (not a test): milliseconds findTopics takes per 5 KB article, after module load.
 *   npx tsx src/pipeline/topics/bench-topics.ts
 */
import { findTopics } from './find-topics.ts'
import { seedCounterterrorism, seedDiplomacy } from './seed-articles.ts'

const paragraphs: string[] = []
while (paragraphs.join('\n').length < 5000)
  paragraphs.push(...seedCounterterrorism.paragraphs, ...seedDiplomacy.paragraphs)
const article = { ...seedCounterterrorism, paragraphs }
const size = [article.title, ...article.summary, ...paragraphs].join('\n').length

for (let i = 0; i < 200; i++) findTopics(article)
const runs = 2000
const start = performance.now()
for (let i = 0; i < runs; i++) findTopics(article)
const ms = (performance.now() - start) / runs
console.log(
  `findTopics: ${ms.toFixed(3)} ms per article of ${size} characters (${((ms * 5000) / size).toFixed(3)} ms per 5 KB)`,
)
