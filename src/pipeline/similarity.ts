const STOPWORDS = new Set(
  'the a an and or but of in on at to for from by with as is are was were be been has have had that this these those its it their his her they he she we you not no will would can could should may after over about into than then also said says'.split(
    ' ',
  ),
)

/** Content words of a text, lower-cased, with a plural or possessive ending taken off. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)) {
    const word = match[0].replace(/['’]s?$/, '').replace(/(?<=\p{L}{3})s$/u, '')
    if (word.length > 2 && !STOPWORDS.has(word)) words.add(word)
  }
  return words
}

/** The share of the headline block's content words that the body also uses: 0 (nothing in common) to 1. */
export function similarity(head: string, body: string): number {
  const headWords = contentWords(head)
  if (headWords.size === 0) return 0
  const bodyWords = contentWords(body)
  let shared = 0
  for (const word of headWords) if (bodyWords.has(word)) shared++
  return shared / headWords.size
}
