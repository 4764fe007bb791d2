import { geoEqualEarth, geoPath } from 'd3-geo'
import countries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json'
import type { WorldMap } from '../lib/world-map.ts'

const WIDTH = 960
const HEIGHT = 470

/**
 * The world as one SVG path per country, keyed by lower-case ISO alpha-2 code. Projected here at build time,
 * so the browser draws the map from a small data file without any map library.
 */
export function toWorldMap(): WorldMap {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const shapes = feature(topology, topology.objects.countries).features.filter(
    (shape) => shape.properties.name !== 'Antarctica',
  )
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: shapes })
  const path = geoPath(projection).digits(1)
  return {
    width: WIDTH,
    height: HEIGHT,
    countries: shapes.flatMap((shape) => {
      const code = shape.id === undefined ? undefined : countries.numericToAlpha2(String(shape.id))
      const d = path(shape)
      return code && d ? [{ code: code.toLowerCase(), name: shape.properties.name, d }] : []
    }),
  }
}
