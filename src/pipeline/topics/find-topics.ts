import type { Topic } from '../../lib/article.ts'
import { pickTopics, type TopicInput } from './explain-topics.ts'

/**
 * One to four IPTC Media Topics for an article: each the most specific concept the text gives enough
 * evidence for, with its ancestors (top-level first). Evidence is cue phrases (IPTC labels plus curated
 * cue words) weighted by where they occur: headline, summary, first paragraph, body. An article with no
 * evidence at all gets no topic rather than a guessed one. See explainTopics for the reasons behind a choice.
 */
export function findTopics(input: TopicInput): Topic[] {
  return pickTopics(input)
}
