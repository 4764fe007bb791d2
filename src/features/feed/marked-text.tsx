import { markTerms } from '../../lib/search-terms.ts'

/** Text with the words the search matched in `<mark>` elements (built as elements, never as HTML). */
export function MarkedText({ text, terms }: { text: string; terms: string[] }) {
  return markTerms(text, terms).map((part, i) =>
    part.marked ? (
      <mark key={i} className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-700">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  )
}
