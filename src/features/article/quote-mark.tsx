import type { Quote } from '../../lib/article.ts'
import { speakerLabel } from './speaker-label.ts'

/**
 * A quote where it stands in the text: highlighted, focusable, its speaker shown on hover and focus and given
 * as its accessible description. A partial quote is a lighter mark than a full one. The speaker note sits
 * beside the quote, not inside it, so the quote element holds exactly the quoted words.
 */
export function QuoteMark({ quote, text, active }: { quote: Quote; text: string; active: boolean }) {
  const tipId = `${quote.id}-speaker`
  const tone = quote.partial
    ? 'bg-amber-50 decoration-amber-600/70 decoration-dotted dark:bg-amber-300/10 dark:decoration-amber-300/70'
    : 'bg-amber-100 decoration-amber-700 dark:bg-amber-300/20 dark:decoration-amber-300'
  return (
    <span className="group relative">
      <mark
        id={quote.id}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- Tab reaches each quote so keyboard users can read who said it.
        tabIndex={0}
        dir="auto"
        aria-describedby={tipId}
        data-active={active || undefined}
        data-partial={quote.partial || undefined}
        className={`scroll-mt-24 rounded-sm box-decoration-clone text-inherit underline decoration-2 underline-offset-4 ${tone} target:ring-2 target:ring-amber-600 data-active:animate-[quote-flash_1.6s_ease-out] data-active:ring-2 data-active:ring-amber-600 motion-reduce:data-active:animate-none dark:data-active:ring-amber-400`}
      >
        {text}
      </mark>
      <span
        id={tipId}
        aria-hidden="true"
        className="pointer-events-none absolute bottom-full left-0 z-10 mb-1 hidden w-max max-w-60 rounded bg-stone-900 px-2 py-1 font-sans text-sm text-white shadow group-focus-within:block group-hover:block dark:bg-stone-100 dark:text-stone-900"
      >
        {speakerLabel(quote)}
      </span>
    </span>
  )
}
