/**
 * The element of a cut page that holds its story, when the page names one plainly: an `<article>` (or
 * `itemprop="articleBody"`) that holds the page's headline or most of its paragraph text. Reading only that
 * element keeps sidebars and teaser lists out, and leaves Readability a small tree to search.
 */
import type { Candidate, CutPage } from './pre-cut.ts'

// Without the headline, a candidate must hold this share of the page's paragraph text to be the story.
const MIN_SHARE = 0.5
// Less text than this is a teaser with a title, not a story (the page reader's least article).
const MIN_CHARS = 200
// The candidate with the headline is the story when it holds at least this share of the longest one's text.
const HEADED_SHARE = 0.5
// A nested candidate holding this share of the outer one's text is the same story, cut tighter.
const SAME_STORY = 0.8

const inside = (inner: Candidate, outer: Candidate) =>
  inner !== outer && inner.start >= outer.start && inner.end <= outer.end

/**
 * Whether a candidate is a list of stories (a blog's "more posts", a section's teasers): two or more
 * candidates side by side inside it hold most of its text.
 */
function isList(candidate: Candidate, all: Candidate[]): boolean {
  const within = all.filter((c) => inside(c, candidate))
  const outermost = within.filter((c) => !within.some((d) => inside(c, d)))
  const chars = outermost.reduce((sum, c) => sum + c.paragraphChars, 0)
  return outermost.length >= 2 && chars >= candidate.paragraphChars / 2
}

/** The markup of the page's article element, or null when there is no single likely one. */
export function chooseArticle(cut: CutPage): string | null {
  const stories = cut.candidates.filter((c) => c.paragraphChars >= MIN_CHARS && !isList(c, cut.candidates))
  if (stories.length === 0) return null
  const most = (list: Candidate[]) => list.reduce((a, b) => (b.paragraphChars > a.paragraphChars ? b : a))
  let best = most(stories)
  // The headline stands at the top of its story: the candidate holding it wins over a longer teaser.
  const headed = stories.filter((c) => c.hasH1)
  if (headed.length > 0 && most(headed).paragraphChars >= best.paragraphChars * HEADED_SHARE)
    best = most(headed)
  if (!best.hasH1 && best.paragraphChars < cut.paragraphChars * MIN_SHARE) return null
  for (const tighter of stories)
    if (inside(tighter, best) && tighter.paragraphChars >= best.paragraphChars * SAME_STORY) best = tighter
  return cut.chunks.slice(best.start, best.end).join('')
}
