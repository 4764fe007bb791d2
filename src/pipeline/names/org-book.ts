import { nameKey } from '../words/name-key.ts'
import type { KnownOrg } from './known-orgs.ts'

type OrgEntry = {
  full: string | null
  acronym: string | null
  known: KnownOrg | null
  /** The article spells the full name out at least once. */
  spelledOut: boolean
  mentions: number
  first: number
}

/** Initials of the capitalised words: "Pakistan Institute of Peace Studies" → "PIPS". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
}

/**
 * The organisations of one article. An acronym is one organisation with the full name it was given in
 * brackets ("… Authority (NDMA)"), with a well-known expansion ("NATO"), or with a full name whose initials
 * it spells; mentions of either form count together.
 */
export class OrgBook {
  private readonly entries = new Map<string, OrgEntry>()
  private readonly byAcronym = new Map<string, string>()

  /** Records a full or known name, and the acronym tied to it, before counting. */
  register(name: string, acronym: string | null, known: KnownOrg | null): void {
    const key = this.keyOf(name, known)
    const entry = this.entries.get(key) ?? {
      full: known ? known.name : name,
      acronym: known?.acronym ?? null,
      known,
      spelledOut: false,
      mentions: 0,
      first: Infinity,
    }
    if (!known || name !== known.acronym) entry.spelledOut = true
    if (acronym) entry.acronym = acronym
    this.entries.set(key, entry)
    if (entry.acronym) this.byAcronym.set(entry.acronym, key)
  }

  count(name: string, known: KnownOrg | null, order: number): void {
    const entry = this.entries.get(this.keyOf(name, known))
    if (entry) this.bump(entry, order)
  }

  /** Counts a bare acronym toward the organisation it stands for, or as one of its own. */
  countAcronym(acronym: string, order: number): void {
    let key = this.byAcronym.get(acronym)
    if (!key) {
      for (const [k, e] of this.entries) if (e.full && !e.known && initials(e.full) === acronym) key = k
    }
    if (!key) {
      key = `acronym:${acronym}`
      if (!this.entries.has(key)) {
        this.entries.set(key, {
          full: null,
          acronym,
          known: null,
          spelledOut: false,
          mentions: 0,
          first: Infinity,
        })
      }
    }
    const entry = this.entries.get(key)
    if (entry) this.bump(entry, order)
  }

  /** Every name form the article used, for counting mentions in Title Case headlines. */
  surfaces(): { text: string; key: string }[] {
    return [...this.entries].flatMap(([key, e]) =>
      e.known ? [] : [e.full, e.acronym].flatMap((text) => (text ? [{ text, key }] : [])),
    )
  }

  countKey(key: string, order: number): void {
    const entry = this.entries.get(key)
    if (entry) this.bump(entry, order)
  }

  list(): { name: string; mentions: number; first: number }[] {
    return [...this.entries.values()]
      .filter((e) => e.mentions > 0)
      .map((e) => ({ name: this.displayName(e), mentions: e.mentions, first: e.first }))
  }

  /** The full name when the article spells it out, else the acronym as written. */
  private displayName(e: OrgEntry): string {
    if (e.known) return e.spelledOut || !e.acronym ? e.known.name : e.acronym
    return e.full ?? e.acronym ?? ''
  }

  private keyOf(name: string, known: KnownOrg | null): string {
    return known ? `known:${known.name}` : nameKey(name)
  }

  private bump(entry: OrgEntry, order: number): void {
    entry.mentions++
    entry.first = Math.min(entry.first, order)
  }
}
