import { expect, test } from 'vitest'
import { unwrapLines } from './unwrap.ts'

const PARAGRAPHS = [
  'Wheat growers in Punjab say the new support price will not cover the cost of fertiliser and diesel, which have both risen sharply since the last harvest.',
  'The provincial food minister said the government would review the price in March if global markets stayed high.',
  'Farmers’ groups plan to march on Lahore next week, their leaders told reporters on Sunday, and traders in Multan said they would shut their shops for a day in support.',
]

/** Greedy word wrap, as a text editor or an archive's export does it. */
function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, indent + line]
}
const texts = (text: string) => unwrapLines(text).map((line) => line.text)

test('lines wrapped at a fixed width with blank lines between paragraphs are joined into paragraphs', () => {
  for (const width of [60, 72, 90])
    expect(texts(PARAGRAPHS.map((p) => wrap(p, width).join('\n')).join('\n\n'))).toEqual(PARAGRAPHS)
})

test('wrapped paragraphs marked only by a first-line indent are told apart', () => {
  const text = PARAGRAPHS.map((p) => {
    const [first, ...rest] = wrap(`    ${p}`, 72)
    return [first, ...rest].join('\n')
  }).join('\n')
  expect(texts(text).map((t) => t.trim())).toEqual(PARAGRAPHS)
})

test('a uniform indent on every line does not stop the lines being joined', () => {
  expect(texts(PARAGRAPHS.map((p) => wrap(p, 80, '    ').join('\n')).join('\n\n'))).toEqual(PARAGRAPHS)
})

test('a word broken at its hyphen is joined without a space', () => {
  const text = [
    'The protesters, who marched through the old city on Friday, were anti-',
    'government students and teachers from the three universities of the',
    'province, and they said they would return every week until the ban on',
    'student unions was lifted by the provincial assembly in Peshawar.',
  ].join('\n')
  expect(texts(text)[0]).toContain('anti-government students')
})

test('one paragraph a line, of any length, is left as it is', () => {
  const lines = ['Talks resume in Doha', ...PARAGRAPHS, 'The talks will go on.', 'Officials were hopeful.']
  expect(texts(lines.join('\n'))).toEqual(lines)
  expect(texts(lines.join('\r\n\r\n'))).toEqual(lines)
})

test('short sentences on lines of their own are not taken for wrapped text', () => {
  const lines = [
    'Polls close in Kathmandu valley.',
    'Turnout was high in the morning.',
    'Officials expect results by Monday night.',
    'Observers reported no major incidents.',
    'The count starts at six.',
  ]
  expect(texts(lines.join('\n'))).toEqual(lines)
})

test('each logical line keeps the number of its first source line', () => {
  const text = `Headline of the story\n\n${wrap(PARAGRAPHS[0]!, 60).join('\n')}\n\n${wrap(PARAGRAPHS[1]!, 60).join('\n')}`
  const lines = unwrapLines(text)
  expect(lines.map((l) => l.line)).toEqual([1, 3, 3 + wrap(PARAGRAPHS[0]!, 60).length + 1])
})
