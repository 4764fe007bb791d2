/** `data/map/world.json`: the world map, projected at build time, one SVG path per country. */
export type WorldMap = {
  width: number
  height: number
  countries: { code: string; name: string; d: string }[]
}
