/**
 * Pure scoring functions for the held-out evaluation set (eval/labels). No I/O here: the CLI in
 * scripts/evaluate.ts reads files and prints. Kept deliberately simple so the numbers are easy to trust.
 */

/** One hand-labelled quotation. `text` is exactly what stands between the marks. */
export type GoldQuote = {
  paragraph: number
  text: string
  /** Acceptable names for the speaker, preferred first. */
  speaker: string[]
  partial: boolean
  /** Defensible either way (a chant, a phrase from a communique): neither required nor penalised. */
  optional?: boolean
  note?: string
}

export type GoldArticle = {
  title: string
  quotes: GoldQuote[]
  /** Words in quotation marks that are NOT quotes (titles, names, scare quotes): for diagnostics. */
  notQuotes?: string[]
  countries: string[]
  subjects: string[]
  dateline: { city: string; country: string | null } | null
  note?: string
}

export type GoldFile = { articles: GoldArticle[] }

/** The part of a predicted quote the scorer looks at (a subset of the Article schema's Quote). */
export type PredictedQuote = {
  paragraph: number
  text: string
  partial: boolean
  speaker: { name: string } | null
}

export type QuoteMatch = { gold: GoldQuote; predicted: PredictedQuote; speakerOk: boolean }

export type QuoteScore = {
  matches: QuoteMatch[]
  /** Required gold quotes nothing matched. */
  missed: GoldQuote[]
  /** Predicted quotes that match no gold quote (optional ones included). */
  spurious: PredictedQuote[]
}

const EDGE_PUNCTUATION = /^[\s"'“”‘’«».,;:!?…—–-]+|[\s"'“”‘’«».,;:!?…—–-]+$/g

/** Folds marks, case, spacing and edge punctuation so `"…soon,"` and `…soon` compare equal. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(EDGE_PUNCTUATION, '')
}

/** Equal after normalizing, or one contains the other and covers at least 80% of its characters. */
export function quoteTextsMatch(a: string, b: string): boolean {
  const x = normalizeText(a)
  const y = normalizeText(b)
  if (x === '' || y === '') return false
  if (x === y) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return long.includes(short) && short.length / long.length >= 0.8
}

const NAME_STOPWORDS = new Set(['the', 'a', 'an', 'of', 's'])

function nameTokens(name: string): string[] {
  return normalizeText(name)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '' && !NAME_STOPWORDS.has(t))
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((t, j) => haystack[i + j] === t)) return true
  }
  return false
}

/**
 * A predicted speaker name is right when, as whole words and ignoring case and articles, it equals,
 * contains or is contained in one of the gold names ("Rahimi" ~ "Abdul Basir Rahimi"). Whole words
 * so that "he" never matches "Sherzod".
 */
export function speakerMatches(predicted: string | null | undefined, gold: string[]): boolean {
  if (predicted == null) return gold.length === 0
  const p = nameTokens(predicted)
  if (p.length === 0) return gold.length === 0
  return gold.some((g) => {
    const t = nameTokens(g)
    return containsRun(t, p) || containsRun(p, t)
  })
}

/**
 * Matches predicted quotes to gold ones, one to one, within the same paragraph, in reading order.
 * Optional gold quotes absorb a prediction without counting for or against it.
 */
export function scoreQuotes(gold: GoldQuote[], predicted: PredictedQuote[]): QuoteScore {
  const used = new Set<number>()
  const matches: QuoteMatch[] = []
  const spurious: PredictedQuote[] = []
  for (const p of predicted) {
    const i = gold.findIndex(
      (g, k) => !used.has(k) && g.paragraph === p.paragraph && quoteTextsMatch(g.text, p.text),
    )
    const g = gold[i]
    if (g === undefined) {
      spurious.push(p)
      continue
    }
    used.add(i)
    if (!g.optional)
      matches.push({ gold: g, predicted: p, speakerOk: speakerMatches(p.speaker?.name, g.speaker) })
  }
  const missed = gold.filter((g, k) => !used.has(k) && !g.optional)
  return { matches, missed, spurious }
}

export type SetScore = { precision: number; recall: number; missing: string[]; extra: string[] }

/** Precision and recall of a predicted set; an empty prediction for an empty truth scores 1 and 1. */
export function scoreSet(gold: Iterable<string>, predicted: Iterable<string>): SetScore {
  const g = new Set(gold)
  const p = new Set(predicted)
  const hit = [...p].filter((x) => g.has(x)).length
  return {
    precision: p.size === 0 ? (g.size === 0 ? 1 : 0) : hit / p.size,
    recall: g.size === 0 ? 1 : hit / g.size,
    missing: [...g].filter((x) => !p.has(x)),
    extra: [...p].filter((x) => !g.has(x)),
  }
}

function foldCity(city: string): string {
  return city
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Same city (case, accents, hyphens ignored) and same country; two nulls agree. */
export function datelineMatches(
  gold: GoldArticle['dateline'],
  predicted: { city: string; country: string | null } | null,
): boolean {
  if (gold === null || predicted === null) return gold === predicted
  return foldCity(gold.city) === foldCity(predicted.city) && gold.country === predicted.country
}

/** Harmonic mean, 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

/** Title key for matching articles: folded marks, case and spacing. */
export function titleKey(title: string): string {
  return normalizeText(title)
}
