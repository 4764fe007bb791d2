/**
 * Benchmark (not a test): milliseconds findEntities takes per 5 KB article, after module load.
 *   npx tsx src/pipeline/entities/bench-entities.ts
 */
import { findEntities } from './find-entities.ts'
import { seedCounterterrorism, seedDiplomacy } from './seed-articles.ts'

const paragraphs: string[] = []
while (paragraphs.join('\n').length < 5000)
  paragraphs.push(...seedCounterterrorism.paragraphs, ...seedDiplomacy.paragraphs)
const article = { ...seedCounterterrorism, paragraphs }
const size = [article.title, ...article.summary, ...paragraphs].join('\n').length

for (let i = 0; i < 200; i++) findEntities(article)
const runs = 2000
const start = performance.now()
for (let i = 0; i < runs; i++) findEntities(article)
const ms = (performance.now() - start) / runs
console.log(
  `findEntities: ${ms.toFixed(3)} ms per article of ${size} characters (${((ms * 5000) / size).toFixed(3)} ms per 5 KB)`,
)
