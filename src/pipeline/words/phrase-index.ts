/**
 * Phrases looked up by their first word's key, for scans that try every word of a text. Looking each
 * word up in a Map hashes every fresh string through the runtime; a hash in JS over a small table is
 * cheaper, and one bit per bucket, small enough to stay in cache, turns most words away at once.
 * Used by the place matcher and the topic lexicon.
 */
export class PhraseIndex<P> {
  private readonly mask: number
  private readonly buckets: ({ key: string; phrases: readonly P[] }[] | undefined)[]
  private readonly filled: Uint32Array

  /** `byFirst`: each first key with its phrases, in the order a scan should try them. */
  constructor(byFirst: ReadonlyMap<string, readonly P[]>, bits: number) {
    const size = 1 << bits
    this.mask = size - 1
    this.buckets = new Array(size).fill(undefined)
    this.filled = new Uint32Array(Math.max(1, size >>> 5))
    for (const [key, phrases] of byFirst) {
      const h = this.hashOf(key)
      this.filled[h >>> 5] = (this.filled[h >>> 5] as number) | (1 << (h & 31))
      this.buckets[h] = [...(this.buckets[h] ?? []), { key, phrases }]
    }
  }

  private hashOf(key: string): number {
    let h = key.length
    for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0
    return h & this.mask
  }

  /** The phrases whose first word has this key, or undefined. */
  startingWith(key: string): readonly P[] | undefined {
    const h = this.hashOf(key)
    if (((this.filled[h >>> 5] as number) & (1 << (h & 31))) === 0) return undefined
    const groups = this.buckets[h]
    if (!groups) return undefined
    for (const group of groups) if (group.key === key) return group.phrases
    return undefined
  }
}
