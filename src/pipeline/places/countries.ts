import type { ArticleCountry, CountryRole } from '../../lib/article.ts'
import { analyse, type ArticleText, type CountryMention } from './analyse.ts'
import { getCountryName } from './gazetteer.ts'

// "Among its most mentioned": at least this many mentions, and at least this share of the top count.
const SUBJECT_MIN_MENTIONS = 3
const SUBJECT_SHARE_OF_TOP = 0.5

const ROLE_RANK: Record<CountryRole, number> = { dateline: 0, subject: 1, mentioned: 2 }

/**
 * The countries an article names, with how often and in what role. Countries come from names and short
 * forms ("US", "U.K."), demonyms ("Nepali", "Kuwaitis"), capitals and well-known cities ("Tehran",
 * "Karachi"); regions ("Gulf states") and organisations ("African Union") add none.
 * Roles: `dateline` for the dateline's country (always listed, even when the text never names it);
 * `subject` for a country named in the headline, or among the most mentioned (≥ 3 mentions and ≥ half
 * the top count); `mentioned` otherwise. A country named only in a summary bullet is not a subject on
 * that account: bullets often list the context ("No representatives from India, Iran, China…").
 * A state or province ("Balochistan", "Alberta") is a mention of its country; the "most mentioned" bar is
 * set by countries named outright. `mentions` counts title, summary and body. Sorted dateline, subjects, mentioned; then by mentions
 * (more first), then by first appearance.
 */
export function findCountries(input: ArticleText & { datelineCountry: string | null }): ArticleCountry[] {
  return countriesOf(analyse(input).mentions, input.datelineCountry)
}

/** The countries of an article from its scanned mentions (see findCountries). */
export function countriesOf(mentions: readonly CountryMention[], dateline: string | null): ArticleCountry[] {
  const byCode = new Map<string, { mentions: number; direct: number; inTitle: boolean; first: number }>()
  for (const mention of mentions) {
    const direct = mention.indirect ? 0 : 1
    const seen = byCode.get(mention.code)
    if (seen) {
      seen.mentions++
      seen.direct += direct
      seen.inTitle ||= mention.inTitle
    } else byCode.set(mention.code, { mentions: 1, direct, inTitle: mention.inTitle, first: mention.order })
  }
  if (dateline && getCountryName(dateline) && !byCode.has(dateline))
    byCode.set(dateline, { mentions: 0, direct: 0, inTitle: false, first: -1 })
  // The bar for "most mentioned" is set by countries named outright: a story that names a country's
  // provinces again and again does not push the other countries it is about down to passing mentions.
  const top = Math.max(0, ...[...byCode.values()].map((country) => country.direct))
  const roleOf = (code: string, country: { mentions: number; inTitle: boolean }): CountryRole => {
    if (code === dateline) return 'dateline'
    const mostMentioned =
      country.mentions >= SUBJECT_MIN_MENTIONS && country.mentions >= SUBJECT_SHARE_OF_TOP * top
    return country.inTitle || mostMentioned ? 'subject' : 'mentioned'
  }
  return [...byCode.entries()]
    .map(([code, country]) => ({ code, country, role: roleOf(code, country) }))
    .sort(
      (a, b) =>
        ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
        b.country.mentions - a.country.mentions ||
        a.country.first - b.country.first,
    )
    .map(({ code, country, role }) => ({
      code,
      name: getCountryName(code) ?? code,
      mentions: country.mentions,
      role,
    }))
}
