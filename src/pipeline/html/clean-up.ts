/**
 * The news-specific clean-up after Readability: what a news page puts inside its article that is not the
 * story. Elements are told by what they are (`<figcaption>`, `<aside>`) or by the words their class and id
 * are made of ("caption", "related", "newsletter", "share"); never by one site's names.
 */

// Words (or two words run together) of a class or id that mark furniture: captions and credits, related
// and read-more blocks, newsletter, social and subscription prompts, bylines and dates (read from the
// page's metadata instead), ads and hidden text.
const NOISE = new Set(
  `caption captions credit credits photocredit related readmore morestories recommended recirc newsletter
  newsletters signup subscribe subscription social share sharing sharebar follow promo advert advertisement
  ad ads adslot sponsored outbrain taboola byline bylines authorinfo timestamp tags taglist breadcrumb
  breadcrumbs toolbar comments paywall mostread trending sronly visuallyhidden displaynone alsoread moreon`.split(
    /\s+/,
  ),
)

const words = (names: string) =>
  names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

/** Whether a class or id names furniture: one of its words, or two in a row, is a furniture word. */
export function namesNoise(names: string): boolean {
  for (const token of names.split(/\s+/)) {
    if (token === 'hidden') return true
    const parts = words(token)
    for (let i = 0; i < parts.length; i++)
      if (NOISE.has(parts[i]!) || (i > 0 && NOISE.has(parts[i - 1]! + parts[i]!))) return true
  }
  return false
}

/** Whether an element is page furniture by its tag, role, visibility or the words of its class and id. */
export function isNoise(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  if (element.localName === 'aside' && !/quote/i.test(names)) return true
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true
  const role = element.getAttribute('role')
  if (role === 'complementary' || role === 'navigation') return true
  return names.length > 1 && namesNoise(names)
}

// An element holding this share of the page's text is the page itself, whatever its class says
// (`<body class="has-share-bar">`, `<div id="social-layout">`).
const MAX_NOISE_SHARE = 0.4

/**
 * Takes furniture out of a page before the article is looked for: Readability merges and re-tags
 * elements, so their class and id must be read first.
 */
export function removeNoise(document: Document): void {
  const body = document.body
  if (!body) return
  const total = (body.textContent ?? '').length
  for (const element of document.querySelectorAll('[class], [id], aside, [role], [hidden], [aria-hidden]')) {
    if (!element.parentNode || element === body || element.localName === 'html') continue
    if (!isNoise(element)) continue
    if ((element.textContent ?? '').length > total * MAX_NOISE_SHARE) continue
    element.remove()
  }
}
