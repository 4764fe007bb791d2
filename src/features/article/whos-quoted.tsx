import { Link } from 'react-router'
import type { Quote, SpeakerKind } from '../../lib/article.ts'
import { ShareButton } from './share-button.tsx'
import { KIND_LABELS } from './speaker-label.ts'

type SpeakerGroup = { name: string; kind: SpeakerKind; quotes: Quote[] }

/** Quotes grouped by who said them, in order of each speaker's first quote. */
export function toSpeakerGroups(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>()
  for (const quote of quotes) {
    const name = quote.speaker?.name ?? 'Unidentified speaker'
    const group = groups.get(name) ?? { name, kind: quote.speaker?.kind ?? 'unknown', quotes: [] }
    group.quotes.push(quote)
    groups.set(name, group)
  }
  return [...groups.values()]
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 88).replace(/\s+\S*$/, '')}…` : text)

/** The "Who's quoted" panel: each speaker with kind and count, each quote a link to where it stands. */
export function WhosQuoted({
  quotes,
  quoteUrl,
  title,
}: {
  quotes: Quote[]
  quoteUrl: (id: string) => string
  title: string
}) {
  if (quotes.length === 0) return null
  return (
    <section
      aria-labelledby="whos-quoted"
      className="rounded-lg border border-stone-200 p-4 dark:border-stone-800"
    >
      <h2 id="whos-quoted" className="font-serif text-xl font-bold">
        Who’s quoted
      </h2>
      <ul className="mt-3 space-y-4">
        {toSpeakerGroups(quotes).map((group) => (
          <li key={group.name}>
            <p className="font-semibold">
              {group.name}{' '}
              <span className="text-sm font-normal text-stone-600 dark:text-stone-400">
                ({KIND_LABELS[group.kind]},{' '}
                {group.quotes.length === 1 ? '1 quote' : `${group.quotes.length} quotes`})
              </span>
            </p>
            <ol className="mt-1 space-y-2">
              {group.quotes.map((quote) => (
                <li key={quote.id} className="text-sm">
                  {/* dir="auto": a quote in Arabic or Urdu reads right to left, marks at its ends. */}
                  <Link
                    to={{ hash: quote.id }}
                    dir="auto"
                    preventScrollReset
                    className="inline-block py-1 text-stone-800 underline decoration-stone-400 underline-offset-2 hover:decoration-stone-800 dark:text-stone-200"
                  >
                    “{excerpt(quote.text)}”
                  </Link>{' '}
                  <ShareButton
                    url={quoteUrl(quote.id)}
                    title={title}
                    label={`Share quote ${quote.id.slice(6)}`}
                  />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  )
}
