/** A set from a comma-separated word list (data files keep lists as text to stay readable). */
export function wordSet(list: string, fold: (s: string) => string = (s) => s.toLowerCase()): Set<string> {
  return new Set(
    list
      .split(',')
      .map((w) => fold(w.trim().replace(/\s+/g, ' ')))
      .filter((w) => w.length > 0),
  )
}
