/** Lower-case key for comparing names: hyphens and spaces alike, no diacritics, no dots. */
export function nameKey(text: string): string {
  // Printable ASCII (most names): one loop over char codes; a single word is its own lower case.
  let word = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 32 || c > 126) return computeKey(text)
    if (c === 39 || c === 45 || c === 32 || c === 46) word = false
  }
  return word ? text.toLowerCase() : asciiKey(text)
}

/** computeKey for printable ASCII: lower case, no apostrophes, runs of - space . as one space, trimmed. */
function asciiKey(text: string): string {
  let key = ''
  let gap = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 39) continue
    if (c === 45 || c === 32 || c === 46) {
      gap = true
      continue
    }
    if (gap && key.length > 0) key += ' '
    gap = false
    key += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]
  }
  return key
}

function computeKey(text: string): string {
  const folded = /[^ -~\s]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  return folded
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[-\s.]+/g, ' ')
    .trim()
}
