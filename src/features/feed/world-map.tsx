import { useSuspenseQuery } from '@tanstack/react-query'
import type { MouseEvent } from 'react'
import type { FacetCount } from '../../lib/facets.ts'
import { worldMapQueryOptions } from './world-map-query.ts'

type Props = { counts: FacetCount[]; chosen: string[]; onToggle: (code: string) => void }

// Five shades from "one story" to "the most stories", so a glance shows where the news is.
const SHADES = ['fill-amber-100', 'fill-amber-200', 'fill-amber-400', 'fill-amber-600', 'fill-amber-800']

function shadeOf(count: number, max: number): string {
  if (count === 0) return 'fill-stone-200 dark:fill-stone-700'
  return SHADES[
    Math.min(SHADES.length - 1, Math.floor((Math.log(count) / Math.log(max + 1)) * SHADES.length))
  ]!
}

/**
 * The world map, drawn from paths projected at build time. It is a pointer shortcut: the Country checkboxes
 * are its accessible equivalent, so the drawing is hidden from assistive technology.
 */
export function WorldMap({ counts, chosen, onToggle }: Props) {
  const { data: map } = useSuspenseQuery(worldMapQueryOptions())
  const byCode = new Map(counts.map((c) => [c.value, c.count]))
  const max = Math.max(1, ...counts.map((c) => c.count))
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const code = (event.target as Element).getAttribute('data-country')
    if (code) onToggle(code)
  }
  return (
    // The Country checkboxes are the keyboard way to the same filters.
    <svg
      viewBox={`0 0 ${map.width} ${map.height}`}
      aria-hidden="true"
      onClick={onClick}
      className="mt-2 h-auto w-full"
    >
      {map.countries.map((country) => {
        const count = byCode.get(country.code) ?? 0
        const picked = chosen.includes(country.code)
        return (
          <path
            key={country.code}
            d={country.d}
            data-country={country.code}
            className={`${shadeOf(count, max)} cursor-pointer stroke-white hover:opacity-80 dark:stroke-stone-900 ${picked ? 'stroke-amber-950 stroke-2' : 'stroke-[0.5]'}`}
          >
            <title>{`${country.name}: ${count === 1 ? '1 story' : `${count} stories`}`}</title>
          </path>
        )
      })}
    </svg>
  )
}
