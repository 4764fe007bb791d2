import { findOutlet } from './outlets.ts'

export type Byline = { byline: string; outlet?: string }

/** Words a byline may hold in lower case between names: "Jane Doe and John Roe in Kabul for Reuters". */
const LINKS = new Set([
  'and',
  'in',
  'for',
  'of',
  'the',
  'de',
  'da',
  'van',
  'von',
  'al',
  'bin',
  'ul',
  'el',
  'with',
])

/** Desk and staff credits that stand for a name: "Staff Reporter", "Our Correspondent", "Web Desk". */
const STAFF =
  /^(by\s+)?((our|a|the|from our|the newspaper['’]s)\s+)?((staff|special|senior|own|diplomatic|political|city|sports|business|news|web|monitoring|foreign|security|legal|health|education|court|investigative)\s+)?(reporter|correspondent|writer|desk|report|bureau|staff)s?(\s*[,|–—-]\s*[\p{Lu}][\p{L} .]{1,30})?$/iu

/**
 * Reads a byline line: "By Jane Doe, Reuters", "BY JANE DOE | AFP", "Staff Reporter", "Our Correspondent",
 * "Jane Doe, Associated Press". Returns the byline without its "By" and the outlet it names, or null for
 * any other line — a sentence that opens with "By" ("By Monday the talks had collapsed.") is not a byline.
 */
export function readByline(line: string): Byline | null {
  const text = line.trim().replace(/\.$/, '')
  // A byline opens with a capital and is more than one word ("Correspondent" alone is a word of a sentence).
  if (!/^\p{Lu}/u.test(text) || !/\s/.test(text)) return null
  if (text.length > 120 || /[.!?]["”’]?\s/.test(text.replace(/\b\p{Lu}\.\s?/gu, ''))) return null
  if (STAFF.test(text) && !/^(report|desk|bureau|staff)s?$/i.test(text))
    return withOutlet(text.replace(/^by\s+/i, ''))
  const desk = /^(.+?)\s+(report|desk|bureau|staff)$/i.exec(text)
  const deskOutlet = desk ? findOutlet(desk[1]!) : null
  if (deskOutlet) return { byline: text, outlet: deskOutlet }
  const by = /^by\s*[:\s]\s*(.+)$/i.exec(text)
  if (by) return namesOnly(by[1]!) ? withOutlet(by[1]!.trim()) : null
  // No "By": a name, then the agency it writes for — "Jane Doe, Reuters", "Jane Doe | AFP".
  const credit = /^(.+?)\s*[,|–—]\s*([^,|]+)$/.exec(text)
  if (credit && namesOnly(credit[1]!) && credit[1]!.split(/\s+/).length <= 6 && findOutlet(credit[2]!))
    return withOutlet(text)
  // The outlet and the reporter's city, under a byline: "BBC News, Karachi".
  if (credit && findOutlet(credit[1]!) && namesOnly(credit[2]!) && credit[2]!.split(/\s+/).length <= 3)
    return { byline: text, outlet: findOutlet(credit[1]!)! }
  return null
}

function withOutlet(byline: string): Byline {
  const parts = byline.split(/\s*[,|–—]\s*|\s+(?:for|of)\s+/)
  for (let i = parts.length - 1; i >= 0; i--) {
    const outlet = findOutlet(parts[i]!)
    if (outlet) return { byline, outlet }
  }
  return { byline }
}

/** Capitalised words, with the few lower-case links names allow, and separators between the names. */
function namesOnly(text: string): boolean {
  const words = text.split(/[\s,|&/–—]+/).filter(Boolean)
  if (words.length === 0 || words.length > 14) return false
  return words.every((word) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || LINKS.has(word.toLowerCase()))
}
