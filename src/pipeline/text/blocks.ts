import { splitSentences } from '../quotes/sentences.ts'
import { readByline } from './byline.ts'
import { awaitsCaption, isFurniture, isSeparator } from './furniture.ts'
import { findOutlet } from './outlets.ts'
import { unwrapLines } from './unwrap.ts'

/** One logical line of raw input (a paragraph, with hard-wrapped lines joined), classified by its shape. */
export type Block = {
  kind: 'headline' | 'bullet' | 'paragraph' | 'date' | 'byline' | 'furniture' | 'separator'
  text: string
  /** 1-based line number in the file. */
  line: number
  /** A blank line stands before it (or it opens the file). */
  blankBefore: boolean
}

const SENTENCE_END = /[.!;:,…]["'”’)\]]*$/
const BULLET = /^[-•*–]\s+(.*)$/
const WEEKDAY = '(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+'
const DAY_MONTH_YEAR = '\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}'
const MONTH_DAY_YEAR = '[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}'
// Time zones as datelines write them; a word after a time may be a byline ("10:22 Gulf News Report").
const ZONES =
  '(?:gmt|utc|ist|pkt|pst|pdt|est|edt|cst|cdt|mst|mdt|bst|cet|cest|eet|eest|gst|ast|aft|uzt|npt|bdt|kst|jst|aest|aedt|et|pt|ct|mt)\\b'
const TIME = `(?:[,|•\\s-]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:${ZONES}|[+-]\\d{2}:?\\d{2}))?)?`
const DATE_HEAD = `^(?:(?:first\\s+)?(?:published|updated|posted|last updated|last modified|modified|date)\\s*(?:on|:)?\\s*)?(?:${WEEKDAY})?(?:\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})${TIME}`
const DATE_START = new RegExp(DATE_HEAD, 'i')
// What may follow a date on its line: "| Updated 10:45 pm IST - CHANDIGARH".
const DATE_TAIL = /^\s*(?:[|•–—-]|updated\b)[^.!?]{0,80}$/i

/**
 * Splits raw text into classified logical lines. Paragraphs may be separated by blank lines, single newlines
 * or indentation, and hard-wrapped lines are joined first (`unwrapLines`); blank lines carry no other meaning.
 * A double quotation mark typed as two apostrophes becomes the one mark it stands for.
 */
export function toBlocks(text: string): Block[] {
  return joinCaptions(toLineBlocks(text))
}

/** "Image caption," on one line and its caption on the next are one line of furniture. */
function joinCaptions(blocks: Block[]): Block[] {
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    if (
      block.kind === 'furniture' &&
      next &&
      awaitsCaption(block.text) &&
      next.text.split(/\s+/).length <= 30
    ) {
      out.push({ ...block, text: `${block.text} ${next.text}` })
      i++
    } else out.push(block)
  }
  return out
}

function toLineBlocks(text: string): Block[] {
  // A line's shape is asked for up to three times (twice while unwrapping, once here): read it once.
  const shapes = new Map<string, Block['kind']>()
  const shapeOf = (line: string): Block['kind'] => {
    let kind = shapes.get(line)
    if (kind === undefined) {
      kind = line.length > SHORT_LINE ? 'paragraph' : classify(line)
      shapes.set(line, kind)
    }
    return kind
  }
  const standsAlone = (line: string): boolean => {
    // A line that opens in lower case continues the one before it.
    if (/^\p{Ll}/u.test(line)) return false
    // A masthead is not among them: an outlet's name ends many a wrapped sentence ("… she told\nGulf News.").
    const kind = shapeOf(line)
    return kind !== 'paragraph' && kind !== 'headline'
  }
  const classifyLine = (line: string): Block['kind'] => {
    if (line.length > SHORT_LINE) return BULLET.test(line) ? 'bullet' : 'paragraph'
    const kind = shapeOf(line)
    // A masthead ("The Express Tribune", "Gulf News") on a line of its own is page furniture.
    return kind === 'headline' || kind === 'paragraph' || kind === 'byline'
      ? findOutlet(line)
        ? 'furniture'
        : kind
      : kind
  }
  return unwrapLines(text, standsAlone).flatMap(({ text: raw, line, blankBefore }) => {
    const text = raw.includes("''") ? raw.replace(DOUBLED_APOSTROPHES, '"') : raw
    const credit = splitCreditLine(text)
    if (credit)
      return [
        { kind: 'byline' as const, text: credit.byline, line, blankBefore },
        { kind: 'date' as const, text: credit.date, line, blankBefore: false },
      ]
    const kind = classifyLine(text)
    return [{ kind, text: kind === 'bullet' ? BULLET.exec(text)![1]!.trim() : text, line, blankBefore }]
  })
}

/**
 * A byline and a date set on one line, either way round: "Staff Reporter Published January 3, 2021",
 * "Published: January 03, 2021 10:22 Gulf News Report".
 */
function splitCreditLine(text: string): { byline: string; date: string } | null {
  if (text.length > SHORT_LINE) return null
  const dateFirst = DATE_START.exec(text)
  if (dateFirst) {
    const byline = text.slice(dateFirst[0].length).replace(/^[\s|,–—-]+/, '')
    return byline && readByline(byline) ? { byline, date: dateFirst[0].trim() } : null
  }
  const at = text.search(/[\s|,–—-]+(?=(?:first\s+)?(?:published|updated|posted)\b)/i)
  if (at <= 0) return null
  const byline = text.slice(0, at).trim()
  const date = text.slice(at).replace(/^[\s|,–—-]+/, '')
  return isDateLine(date) && readByline(byline) ? { byline, date } : null
}

/** A line that gives a date: the date alone, or followed by an update time or a place. */
function isDateLine(text: string): boolean {
  const date = DATE_START.exec(text)
  if (!date) return false
  const tail = text.slice(date[0].length)
  return tail === '' || tail === '.' || DATE_TAIL.test(tail)
}

// Archives set a double quotation mark as two apostrophes (''rigged economy''); inside a word they stay.
const DOUBLED_APOSTROPHES = /(?<![\p{L}\p{N}])''|''(?![\p{L}\p{N}])/gu

// Date, byline, furniture and separator lines are all short; most lines of a body are not.
const SHORT_LINE = 200

/** A line's shape, leaving mastheads aside (see classifyLine). */
function classify(text: string): Block['kind'] {
  if (text.length > SHORT_LINE) return BULLET.test(text) ? 'bullet' : 'paragraph'
  if (isSeparator(text)) return 'separator'
  if (BULLET.test(text) && BULLET.exec(text)![1]!.trim()) return 'bullet'
  if (isDateLine(text)) return 'date'
  if (isFurniture(text)) return 'furniture'
  if (readByline(text)) return 'byline'
  return isHeadlineShaped(text) ? 'headline' : 'paragraph'
}

/**
 * A headline is one short line that does not end as a sentence does. Body paragraphs end with a full stop
 * or a closing quote after one; headlines (including question headlines) do not end with a full stop.
 */
export function isHeadlineShaped(text: string): boolean {
  if (text.length > 200) return false
  const words = text.split(/\s+/).length
  if (words < 2 || words > 30) return false
  if (SENTENCE_END.test(text)) return false
  // A closing quotation mark after sentence punctuation is a quote paragraph, not a headline.
  if (/[.!?]["”’]$/.test(text)) return false
  return /\p{Lu}|\p{Lo}/u.test(text)
}

/**
 * Whether a line can be a headline: short, `maxSentences` sentences at most, in any case, with or
 * without a closing period ("18 killed as bus plunges into ravine.", "Trump leads pack; terrorism a top
 * issue;"). A quote paragraph, a lead-in that ends with a colon, or several sentences are body text.
 */
export function isTitleShaped(text: string, maxSentences = 1): boolean {
  if (text.length > 200 || text.split(/\s+/).length > 30 || !/\p{L}/u.test(text)) return false
  if (/[.!?,]["”’]$/.test(text) || /[:,]$/.test(text) || isCredited(text)) return false
  return splitSentences(text).length <= maxSentences
}

/**
 * Whether the first line of a file can be its headline. Headlines quote as often as they state ("Kasich:
 * ‘We Are Going All The Way.’"), so a closing quotation mark is fine unless the whole line is a quote.
 */
export function isLeadShaped(text: string): boolean {
  if (text.length > 200 || text.split(/\s+/).length > 30 || !/\p{L}/u.test(text)) return false
  if (/[:,]$/.test(text) || isCredited(text)) return false
  const wholeQuote = /^["“‘']/.test(text) && /[.!?,]["”’']$/.test(text)
  if (wholeQuote && !isTitleCase(text) && text.split(/\s+/).length > 12) return false
  return splitSentences(text).length <= 3
}

/** Most longer words capitalised, as headlines in Title Case are ("Trump Just Fired A Missile"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7
}

/** A quote and its credit in the past tense is a body paragraph: headlines say "says". */
function isCredited(text: string): boolean {
  return /["“”‘’]/.test(text) && /\bsaid\.?$/.test(text)
}
