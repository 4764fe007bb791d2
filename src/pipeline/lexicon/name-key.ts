/** Lower-case key for comparing names: hyphens and spaces alike, no diacritics, no dots. */
export function nameKey(text: string): string {
  const cached = keyCache.get(text)
  if (cached !== undefined) return cached
  if (keyCache.size > 50_000) keyCache.clear()
  const key = computeKey(text)
  keyCache.set(text, key)
  return key
}

// Names recur across articles; computing a key is a chain of regular expressions.
const keyCache = new Map<string, string>()

function computeKey(text: string): string {
  const folded = /[^ -~\s]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  return folded
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[-\s.]+/g, ' ')
    .trim()
}
