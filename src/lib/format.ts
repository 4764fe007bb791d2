import type { Dateline } from './article.ts'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "27 November 2026" from an ISO date; the same on the server and in any browser time zone. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

/** "Kabul, Afghanistan" when the country is known, otherwise the city alone. */
export function formatDateline(dateline: Dateline, countryName?: string): string {
  return countryName ? `${dateline.city}, ${countryName}` : dateline.city
}
