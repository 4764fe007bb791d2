import type { Quote, SpeakerKind } from '../../lib/article.ts'

export const KIND_LABELS: Record<SpeakerKind, string> = {
  person: 'person',
  organization: 'organisation',
  anonymous: 'anonymous source',
  unknown: 'speaker unknown',
}

/** "Said by Amina Khan", or that no speaker is known. */
export function speakerLabel(quote: Quote): string {
  if (!quote.speaker) return 'Speaker not identified'
  return `${quote.partial ? 'Quoting' : 'Said by'} ${quote.speaker.name}`
}
