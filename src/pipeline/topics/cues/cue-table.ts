/**
 * Curated cue phrases for one IPTC concept, comma-separated, written as they appear in news copy
 * (plurals fold automatically; verb forms are listed). A strong cue counts 1 per mention, a weak cue 0.5:
 * weak cues are words that point at a topic but also occur in passing ("talks", "government").
 */
export type CueEntry = { strong?: string; weak?: string }

/** qcode → cues. Each phrase belongs to one concept only (checked by lexicon.test.ts). */
export type CueTable = Readonly<Record<string, CueEntry>>

/** The phrases of a comma-separated cue list. */
export function splitCues(list: string | undefined): string[] {
  if (!list) return []
  return list
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0)
}
