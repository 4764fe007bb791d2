/** Why a file could not be read as text, with the 1-based line it concerns. */
export type DecodeProblem = { line: number; reason: string }

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: DecodeProblem }

import iconv from 'iconv-lite'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes raw file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1252.
 * Binary content (NUL bytes or many control characters) and empty files are rejected.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return fail(1, 'empty file')
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return ok(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return ok(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be')

  const binaryAt = findBinary(bytes)
  if (binaryAt !== -1) return fail(lineAt(bytes, binaryAt), 'binary content, not text')

  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return ok(utf8.decode(body), 'utf-8')
  } catch {
    // Windows-1252 is what non-UTF-8 Western pages use; it is Latin-1 plus curly quotes and dashes in 0x80–0x9F
    // (Node's own TextDecoder treats that label as plain Latin-1, so iconv-lite does it).
    return ok(iconv.decode(Buffer.from(body), 'windows-1252'), 'windows-1252')
  }
}

function ok(text: string, encoding: string): Decoded {
  return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding }
}

function fail(line: number, reason: string): Decoded {
  return { ok: false, problem: { line, reason } }
}

/** Index of the first byte that marks the data as binary, or -1. */
function findBinary(bytes: Uint8Array): number {
  let controls = 0
  const sample = Math.min(bytes.length, 64 * 1024)
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!
    if (b === 0) return i
    // Tab, LF, FF and CR are text; other C0 controls are not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) {
      controls++
      if (controls > 8 && controls / sample > 0.01) return i
    }
  }
  return -1
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++
  return line
}
