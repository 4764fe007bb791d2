import { gunzipSync } from 'node:zlib'
import type { Article } from '../../lib/article.ts'
import { decodeText } from '../text/decode.ts'
import type { IngestProblem } from '../read-articles.ts'
import { toArticle } from '../read-articles.ts'
import { MAX_PAGE_CHARS, readPage } from './read-page.ts'

type Read = { articles: Article[]; problems: IngestProblem[] }

/**
 * Opens an input file's bytes as text: gunzipped when compressed (`.gz`, or gzip's magic bytes), within
 * `MAX_PAGE_CHARS`, then decoded as the text stage decodes. A reason instead when it cannot be.
 */
export function openMarkup(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: IngestProblem } {
  let raw = bytes
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_PAGE_CHARS * 4 })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const reason =
        code === 'ERR_BUFFER_TOO_LARGE' ? 'compressed page too large to read' : 'broken gzip data'
      return { ok: false, problem: { file, line: 1, reason } }
    }
  }
  if (raw.length > MAX_PAGE_CHARS * 4)
    return {
      ok: false,
      problem: { file, line: 1, reason: `too large (${(raw.length / 1e6).toFixed(1)} MB)` },
    }
  const decoded = decodeText(raw)
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, problem: { file, ...decoded.problem } }
}

/** Reads a saved page (`.html`, `.htm`, `.html.gz`) as one article, or one line saying why it holds none. */
export function readPageFile(file: string, bytes: Uint8Array): Read {
  const opened = openMarkup(file, bytes)
  if (!opened.ok) return { articles: [], problems: [opened.problem] }
  const page = readPage(opened.text)
  if (!page.ok) return { articles: [], problems: [{ file, line: 1, reason: page.reason }] }
  return { articles: [toArticle(file, 1, page.text)], problems: [] }
}
