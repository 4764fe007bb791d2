import { wordSet } from '../lexicon/word-list.ts'

/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen". */
export const nameParticles = wordSet(`
  bin, bint, ibn, al, el, ul, ur, ud, van, von, der, den, de, da, di, du, la, le, dos, das, del, ter, y
`)
