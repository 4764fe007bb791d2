/**
 * Splits text into lower-case terms with plurals folded, so that cue phrases and article text meet
 * in one form: "Protests" and "protest", "countries" and "country", "taxes" and "tax".
 * Hyphens and apostrophes split or vanish the same way on both sides ("counter-terrorism" →
 * "counter terrorism", "Qur'an" → "quran", "women's" → "women").
 */
export function toTerms(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .replace(/['’‘]s\b/g, '')
    .replace(/['’‘]/g, '')
  const words = cleaned.match(/[\p{L}\p{N}]+/gu)
  return words ? words.map(foldPlural) : []
}

/**
 * Light plural folding (no full stemmer: verb and adjective forms are listed as cues on purpose, so a
 * cue never matches a word it was not written for).
 */
export function foldPlural(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word
  if (/(ss|us|is)$/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y'
  if (/(xes|ches|shes|sses|zes)$/.test(word)) return word.slice(0, -2)
  return word.slice(0, -1)
}
