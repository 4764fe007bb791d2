const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * Reads a publication date line ("Published: January 16, 2026", "16 Jan 2026 10:30", "2026-01-16") as an
 * ISO 8601 date (YYYY-MM-DD). Returns null when the text does not hold a whole, valid date: dates are never
 * guessed.
 */
export function toIsoDate(text: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dayFirst = /(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})/i.exec(text)
  if (dayFirst) return valid(Number(dayFirst[3]), month(dayFirst[2]!), Number(dayFirst[1]))
  const monthFirst = /([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(text)
  if (monthFirst) return valid(Number(monthFirst[3]), month(monthFirst[1]!), Number(monthFirst[2]))
  return null
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

function valid(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return null
  return date.toISOString().slice(0, 10)
}
