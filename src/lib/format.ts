import type { Dateline } from './article.ts'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const formattedDates = new Map<string, string>()

/** "27 November 2026" from an ISO date; the same on the server and in any browser time zone. */
export function formatDate(iso: string): string {
  // Formatting is slow next to a lookup, and a feed shows the same few dates again and again.
  let formatted = formattedDates.get(iso)
  if (formatted === undefined) {
    formatted = dateFormat.format(new Date(iso))
    formattedDates.set(iso, formatted)
  }
  return formatted
}

/** "Herat, Afghanistan" when the country is known, otherwise the city alone. */
export function formatDateline(dateline: Dateline, countryName?: string): string {
  return countryName ? `${dateline.city}, ${countryName}` : dateline.city
}
