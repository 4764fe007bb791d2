/**
 * Writes the app's install icons (`public/icons/`): 192 and 512 pixels, and a maskable 512 whose mark keeps
 * to the safe zone a launcher may crop to. The mark is drawn here, pixel by pixel, as the favicon's: a dark
 * page with an amber quotation mark and lines of text. PNG written with node's zlib, no image library.
 * Usage: `npx tsx scripts/icons.ts`; the icons are committed.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { deflateSync } from 'node:zlib'

const DARK = [28, 25, 23] // stone-900
const AMBER = [217, 119, 6] // amber-600
const LIGHT = [250, 250, 249] // stone-50

/** The mark at (x, y) in a unit square, [0, 1); `inset` shrinks it towards the centre (maskable icons). */
function colour(x: number, y: number, inset: number, rounded: boolean): number[] | null {
  const u = (x - 0.5) / (1 - 2 * inset) + 0.5
  const v = (y - 0.5) / (1 - 2 * inset) + 0.5
  // Rounded corners for the plain icons; the maskable one fills its square (the launcher shapes it).
  if (rounded) {
    const r = 0.18
    const cx = Math.min(Math.max(x, r), 1 - r)
    const cy = Math.min(Math.max(y, r), 1 - r)
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null
  }
  // An opening quotation mark: two dots with tails, top left.
  for (const dx of [0.22, 0.42]) {
    if ((u - dx) ** 2 + (v - 0.3) ** 2 < 0.075 ** 2) return AMBER
    if (u > dx - 0.01 && u < dx + 0.075 && v > 0.3 && v < 0.42 && u - dx > (v - 0.3) * 0.5 - 0.02)
      return AMBER
  }
  // Three lines of text below it.
  for (const [top, right] of [
    [0.56, 0.8],
    [0.68, 0.8],
    [0.8, 0.6],
  ] as const)
    if (v > top && v < top + 0.06 && u > 0.2 && u < right) return LIGHT
  return DARK
}

function png(size: number, inset: number, rounded: boolean): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4)
    for (let x = 0; x < size; x++) {
      // Four samples a pixel, for smooth edges.
      let [r, g, b, a] = [0, 0, 0, 0]
      for (const [sx, sy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ] as const) {
        const c = colour((x + sx) / size, (y + sy) / size, inset, rounded)
        if (c) [r, g, b, a] = [r + c[0]!, g + c[1]!, b + c[2]!, a + 255]
      }
      const n = a / 255
      row.set(n ? [r / n, g / n, b / n, a / 4].map(Math.round) : [0, 0, 0, 0], 1 + x * 4)
    }
    rows.push(row)
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

await mkdir('public/icons', { recursive: true })
await writeFile('public/icons/icon-192.png', png(192, 0, true))
await writeFile('public/icons/icon-512.png', png(512, 0, true))
// The safe zone of a maskable icon is the centre circle of 80 % of its width: the mark keeps within it.
await writeFile('public/icons/icon-maskable-512.png', png(512, 0.14, false))
