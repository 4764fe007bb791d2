/**
 * Benchmark (not a test): milliseconds findTopics takes per 5 KB article, after module load.
 *   npx tsx src/pipeline/topics/bench-topics.ts
 */
import { findTopics } from './find-topics.ts'
import { seedKabul, seedIslamabad } from '../fixtures/seed-articles.ts'

const paragraphs: string[] = []
while (paragraphs.join('\n').length < 5000)
  paragraphs.push(...seedKabul.paragraphs, ...seedIslamabad.paragraphs)
const article = { ...seedKabul, paragraphs }
const size = [article.title, ...article.summary, ...paragraphs].join('\n').length

for (let i = 0; i < 300; i++) findTopics(article)
// The best of several batches: a shared machine's other work only ever slows a batch down.
let best = Infinity
for (let batch = 0; batch < 10; batch++) {
  const start = performance.now()
  for (let i = 0; i < 200; i++) findTopics(article)
  best = Math.min(best, (performance.now() - start) / 200)
}
const per5k = (best * 5000) / size
console.log(
  `findTopics: ${best.toFixed(3)} ms per article of ${size} characters (${per5k.toFixed(3)} ms per 5 KB)`,
)
