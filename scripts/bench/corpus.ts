/** A generated corpus of raw news text for the build benchmarks: N files made from the seed's paragraphs. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const paragraphs = () =>
  readFileSync(join('content', readdirSync('content')[0]!), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 120 && !line.startsWith('- '))
    .map((line) => line.replace(/^[A-Z]+: /, ''))

/** The text of story `i`: rotating paragraphs give each a different body; the number keeps headlines unique. */
export function toStoryText(i: number, words = paragraphs()): string {
  const body = Array.from({ length: 8 }, (_, k) => words[(i + k * 3) % words.length]).join('\n')
  return `Story number ${i} from the regional desk\n- Summary line ${i}\nKABUL: ${body}\n`
}

export const storyFile = (dir: string, i: number) => join(dir, `${String(i).padStart(5, '0')}.txt`)

/** Writes stories 0 to count - 1 into a fresh `dir`. */
export function writeCorpus(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const words = paragraphs()
  for (let i = 0; i < count; i++) writeFileSync(storyFile(dir, i), toStoryText(i, words))
}
