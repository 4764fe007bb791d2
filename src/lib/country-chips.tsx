import type { CountryRole } from './article.ts'

type ChipCountry = { code: string; name: string; role: CountryRole }

/** The countries a story is about (its dateline and subjects), as small labelled chips. */
export function CountryChips({ countries, label }: { countries: ChipCountry[]; label: string }) {
  const shown = countries.filter((c) => c.role !== 'mentioned')
  if (shown.length === 0) return null
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {shown.map((country) => (
        <li
          key={country.code}
          className="rounded-full border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 dark:border-stone-700 dark:text-stone-300"
        >
          {country.name}
        </li>
      ))}
    </ul>
  )
}
