/**
 * The feed's filters are a pure function of the URL (contracts: `country`, `region`, `topic`, `q`).
 * Several values of one parameter: any of them; different parameters: all of them. Case-insensitive.
 */
export type FeedFilters = {
  country: string[]
  region: string[]
  topic: string[]
  q: string
}

export const FILTER_KEYS = ['country', 'region', 'topic'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export const NO_FILTERS: FeedFilters = { country: [], region: [], topic: [], q: '' }

/** Reads filters from a query string; values are lower-cased, split on commas, de-duplicated and sorted. */
export function parseFilters(search: string | URLSearchParams): FeedFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const lower = new Map<string, string[]>()
  for (const [key, value] of params) {
    const k = key.toLowerCase()
    lower.set(k, [...(lower.get(k) ?? []), value])
  }
  const list = (key: FilterKey) =>
    [...new Set((lower.get(key) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()))]
      .filter(Boolean)
      .sort()
  return {
    country: list('country'),
    region: list('region'),
    topic: list('topic'),
    q: (lower.get('q')?.[0] ?? '').trim(),
  }
}

/** Writes filters as a query string in a fixed order, so equal filters always give the same URL. */
export function toSearch(filters: Partial<FeedFilters>): string {
  const parts: string[] = []
  for (const key of FILTER_KEYS) {
    const values = filters[key] ?? []
    if (values.length > 0) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`)
  }
  if (filters.q) parts.push(`q=${encodeURIComponent(filters.q)}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

/** The filters with one value of one group switched on or off. */
export function toggleFilter(filters: FeedFilters, key: FilterKey, value: string): FeedFilters {
  const values = filters[key].includes(value)
    ? filters[key].filter((v) => v !== value)
    : [...filters[key], value].sort()
  return { ...filters, [key]: values }
}

export function hasFilters(filters: FeedFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].length > 0) || filters.q !== ''
}

/** A URL value that names no country, region or topic at all. */
export type UnknownValue = { key: FilterKey; value: string }

const UNKNOWN_LABEL: Record<FilterKey, string> = {
  country: 'country code',
  region: 'region',
  topic: 'topic',
}

/**
 * Splits the URL's values into those that name something (`known` holds every valid value per group) and
 * those that name nothing, which are ignored. A valid value no story has is kept: it is a filter like any
 * other and simply finds nothing.
 */
export function resolveFilters(
  filters: FeedFilters,
  known: Record<FilterKey, ReadonlySet<string>>,
): { filters: FeedFilters; unknown: UnknownValue[] } {
  const unknown: UnknownValue[] = []
  const valid = { ...filters }
  for (const key of FILTER_KEYS) {
    valid[key] = filters[key].filter((value) => known[key].has(value))
    for (const value of filters[key]) if (!known[key].has(value)) unknown.push({ key, value })
  }
  return { filters: valid, unknown }
}

/** The notice for an ignored value: "Unknown country code 'zz' ignored". */
export function describeUnknown({ key, value }: UnknownValue): string {
  return `Unknown ${UNKNOWN_LABEL[key]} '${value}' ignored`
}
