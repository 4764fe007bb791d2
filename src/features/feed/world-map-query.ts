import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../../lib/fetch-json.ts'
import { dataPaths } from '../../lib/paths.ts'
import type { WorldMap } from '../../lib/world-map.ts'

/** The projected world map; loaded only when the map is shown. */
export const worldMapQueryOptions = () =>
  queryOptions({
    queryKey: ['map', 'world'],
    queryFn: () => fetchJson<WorldMap>(dataPaths.worldMap),
  })
