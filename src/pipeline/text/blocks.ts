/** One non-blank line of raw input, classified by its shape. */
export type Block = {
  kind: 'headline' | 'bullet' | 'paragraph' | 'date'
  text: string
  /** 1-based line number in the file. */
  line: number
}

const SENTENCE_END = /[.!;:,…]["'”’)\]]*$/
const BULLET = /^\s*[-•*–]\s+(.*)$/
const DATE_LINE =
  /^(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?$/i

/**
 * Splits raw text into classified non-blank lines. Paragraphs may be separated by single newlines or blank
 * lines, so every non-blank line is its own block; blank lines carry no meaning.
 */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = []
  const lines = text.split(/\r\n|\r|\n/)
  lines.forEach((raw, index) => {
    const text = raw.replace(/[\s\u00a0]+$/, '').replace(/^[\s\u00a0]+/, '')
    if (text === '') return
    const line = index + 1
    const bullet = BULLET.exec(text)
    if (bullet && bullet[1]) blocks.push({ kind: 'bullet', text: bullet[1].trim(), line })
    else if (DATE_LINE.test(text)) blocks.push({ kind: 'date', text, line })
    else blocks.push({ kind: isHeadlineShaped(text) ? 'headline' : 'paragraph', text, line })
  })
  return blocks
}

/**
 * A headline is one short line that does not end as a sentence does. Body paragraphs end with a full stop
 * or a closing quote after one; headlines (including question headlines) do not end with a full stop.
 */
export function isHeadlineShaped(text: string): boolean {
  const words = text.split(/\s+/).length
  if (words < 2 || words > 30 || text.length > 200) return false
  if (SENTENCE_END.test(text)) return false
  // A closing quotation mark after sentence punctuation is a quote paragraph, not a headline.
  if (/[.!?]["”’]$/.test(text)) return false
  return /\p{Lu}|\p{Lo}/u.test(text)
}
