const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
}

/**
 * The URL segment for a headline: lower-cased, accents folded to ASCII, apostrophes dropped, every other run
 * of non-alphanumerics turned into one `-`, trimmed of `-`.
 */
export function toSlug(headline: string): string {
  return headline
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđłıþð]/g, (c) => FOLDS[c] ?? c)
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Gives each slug once: a second article with the same slug gets `-2`, a third `-3`, in input order. */
export function toUniqueSlugs(slugs: string[]): string[] {
  const taken = new Set<string>()
  return slugs.map((slug) => {
    let unique = slug
    for (let n = 2; taken.has(unique); n++) unique = `${slug}-${n}`
    taken.add(unique)
    return unique
  })
}

/**
 * A stable id for a headline: the same headline (ignoring case and spacing) always gives the same id.
 * FNV-1a over the normalised headline, twice with different offsets, as 16 hex digits.
 */
export function toArticleId(headline: string): string {
  const text = headline.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193)
}

function fnv1a(text: string, seed: number): string {
  let hash = seed
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
