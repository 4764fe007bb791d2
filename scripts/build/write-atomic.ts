import { rename, writeFile } from 'node:fs/promises'

let serial = 0

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, renamed over it once
 * written, so a build stopped half-way (an error elsewhere, Ctrl-C) never leaves a file cut short that a
 * later build would take for finished.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}-${serial++}.tmp`
  await writeFile(temporary, data)
  await rename(temporary, path)
}

/** Parses a record the build wrote; a record that is missing, cut short or not JSON counts as none. */
export function parseRecord<T>(text: string | null, empty: T): T {
  if (text === null) return empty
  try {
    return JSON.parse(text) as T
  } catch {
    return empty
  }
}
