import { isLetterOrNumber } from '../words/chars.ts'
/**
 * News outlets and agencies an input names as its source, in a dateline ("Washington (AFP) –") or a byline
 * ("By Jane Doe, Reuters"). Each line: the name shown | other ways copy writes it.
 */
const OUTLETS = `
  AFP | Agence France-Presse, Agence France Presse, AFP News
  Reuters | Thomson Reuters
  AP | Associated Press, The Associated Press, AP News
  Bloomberg | Bloomberg News
  Xinhua | Xinhua News Agency
  Anadolu | Anadolu Agency, AA
  dpa | Deutsche Presse-Agentur, DPA
  APP | Associated Press of Pakistan
  PTI | Press Trust of India
  IANS | Indo-Asian News Service
  ANI | Asian News International
  UNB | United News of Bangladesh
  BSS | Bangladesh Sangbad Sangstha
  WAM | Emirates News Agency
  SPA | Saudi Press Agency
  KUNA | Kuwait News Agency
  QNA | Qatar News Agency
  BNA | Bahrain News Agency
  ONA | Oman News Agency
  IRNA | Islamic Republic News Agency
  Tasnim | Tasnim News Agency
  Pajhwok | Pajhwok Afghan News
  Kazinform |
  Dawn | Dawn.com, DAWN
  The News | The News International
  The Express Tribune | Express Tribune
  Geo News |
  Business Recorder |
  The Nation |
  Gulf News |
  Khaleej Times |
  The National |
  Arab News |
  Gulf Times |
  The Peninsula |
  Al Jazeera | Al-Jazeera, Aljazeera
  Al Arabiya |
  BBC | BBC News
  CNN |
  The Guardian | Guardian
  The Hindu |
  Hindustan Times |
  The Times of India | Times of India
  Indian Express | The Indian Express
  NDTV |
  The Daily Star | Daily Star
  Dhaka Tribune |
  The Kathmandu Post | Kathmandu Post
  Daily Mirror |
  TOLOnews | Tolo News
  Eurasianet |
  RFE/RL | Radio Free Europe/Radio Liberty, Radio Free Europe
  CBC | CBC News
`

const BY_KEY = new Map<string, string>()
for (const row of OUTLETS.trim().split('\n')) {
  const [name, others = ''] = row.split('|').map((part) => part.trim())
  for (const spelling of [name!, ...others.split(',')].map((s) => s.trim()).filter(Boolean))
    BY_KEY.set(toKey(spelling), name!)
}

const LONGEST = Math.max(...[...BY_KEY.keys()].map((key) => key.length))

/** False when the text holds more letters and digits than any outlet's name: most paragraphs, at once. */
function mayBeOutlet(text: string): boolean {
  let kept = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c === 47 || isLetterOrNumber(c)) && ++kept > LONGEST) return false
  }
  return true
}

function toKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/]+/gu, ' ')
    .trim()
}

/** The outlet a short piece of text names on its own ("Reuters", "the Associated Press"), or null. */
export function findOutlet(text: string): string | null {
  if (!mayBeOutlet(text)) return null
  const key = toKey(text)
  return BY_KEY.get(key) ?? BY_KEY.get(key.replace(/^the /, '')) ?? null
}
