/**
 * The article schema shared by the content pipeline (which writes it) and the app (which reads it).
 * Public contract: see README "Article JSON". Change only on purpose.
 */

export type CountryRole = 'dateline' | 'subject' | 'mentioned'

export type SpeakerKind = 'person' | 'organization' | 'anonymous' | 'unknown'

export type Speaker = {
  /** Who said it, resolved: "he", "the source" → the person or body meant. */
  name: string
  /** The words naming the speaker next to this quote, null if none there. */
  mention: string | null
  kind: SpeakerKind
}

export type Quote = {
  /** "quote-1", "quote-2", … in reading order. */
  id: string
  /** 0-based index into paragraphs; a quote never spans paragraphs. */
  paragraph: number
  /** paragraphs[paragraph].slice(start, end) === text; quotation marks excluded. */
  start: number
  end: number
  text: string
  /** A fragment quoted inside the writer's own sentence. */
  partial: boolean
  speaker: Speaker | null
}

export type ArticleCountry = {
  code: string
  name: string
  mentions: number
  role: CountryRole
}

export type Region = { id: string; name: string }

export type Topic = {
  /** IPTC Media Topic qcode, e.g. "medtop:20000639". */
  id: string
  name: string
  /** Ancestor qcodes, top-level first. */
  ancestors: string[]
}

export type NamedEntity = { name: string; mentions: number }

export type Dateline = { city: string; country: string | null }

/** Where an article came from: the input file and line, and the outlet and page where the input names them. */
export type Source = {
  /** The input file as given to ingest. */
  file: string
  /** 1-based line where the article starts. */
  line: number
  /** The news outlet or agency the input names in its dateline or byline ("AFP", "Reuters", "Dawn"). */
  outlet?: string
  /** The page's own URL where the input states it. */
  url?: string
}

/** A crosshead inside the body: a sub-heading that stands before `paragraphs[paragraph]`. */
export type Heading = { paragraph: number; text: string }

export type Article = {
  id: string
  slug: string
  title: string
  summary: string[]
  dateline: Dateline | null
  publishedAt: string | null
  source: Source
  /** The byline as written, without a leading "By" ("Jane Doe, Reuters", "Staff Reporter"). */
  byline?: string
  paragraphs: string[]
  /** Crossheads inside the body, in reading order; absent when there are none. */
  headings?: Heading[]
  /**
   * Lines of page furniture taken out of the text, as written: section labels, captions and photo credits,
   * share and follow prompts, date lines, separators. Kept so that nothing of the input is lost.
   */
  furniture?: string[]
  quotes: Quote[]
  countries: ArticleCountry[]
  regions: Region[]
  topics: Topic[]
  people: NamedEntity[]
  organizations: NamedEntity[]
}
