import { isAcronym, type Token } from '../words/tokens.ts'

/** "(FIA)" right after a run gives its acronym. */
export function acronymAfter(tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return null
  const word = tokens[end + 1]
  if (!word || !isAcronym(word.text)) return null
  return word.text
}

/** The shortest tail of the run whose capitalised initials cover the acronym's letters. */
export function coveringSpan(run: readonly Token[], acronym: string): [number, number] {
  const last = run[run.length - 1] as Token
  const needed = acronym.replace(/[^\p{Lu}]/gu, '').split('')
  for (let k = run.length - 1; k >= 0; k--) {
    const t = run[k] as Token
    if (!t.cap) continue
    const letters = run
      .slice(k)
      .filter((u) => u.cap)
      .map((u) => u.text[0] as string)
    if (needed.every((c) => letters.includes(c))) return [t.start, last.end]
  }
  return [(run[0] as Token).start, last.end]
}
