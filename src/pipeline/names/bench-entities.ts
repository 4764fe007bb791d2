/**
 * Benchmark (not a test): milliseconds findEntities takes per 5 KB article, after module load.
 *   npx tsx src/pipeline/names/bench-entities.ts
 */
import { findEntities } from './find-entities.ts'
import { seedKabul, seedIslamabad } from '../fixtures/seed-articles.ts'

const paragraphs: string[] = []
while (paragraphs.join('\n').length < 5000)
  paragraphs.push(...seedKabul.paragraphs, ...seedIslamabad.paragraphs)
const article = { ...seedKabul, paragraphs }
const size = [article.title, ...article.summary, ...paragraphs].join('\n').length

for (let i = 0; i < 300; i++) findEntities(article)
// The best of several batches: a shared machine's other work only ever slows a batch down.
let best = Infinity
for (let batch = 0; batch < 10; batch++) {
  const start = performance.now()
  for (let i = 0; i < 200; i++) findEntities(article)
  best = Math.min(best, (performance.now() - start) / 200)
}
const per5k = (best * 5000) / size
console.log(
  `findEntities: ${best.toFixed(3)} ms per article of ${size} characters (${per5k.toFixed(3)} ms per 5 KB)`,
)
