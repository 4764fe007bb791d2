/**
 * The parts of a page that are its frame, not its text, told by what the page says they are: an element's
 * ARIA role (navigation, banner, footer, sidebar, search), hidden by attribute or inline style, or an
 * `<aside>` that is not a pull quote. Read on the tokenizer's attributes, before any DOM is built.
 */
const CHROME_ROLES = new Set(
  'navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar'.split(' '),
)
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i

/** Whether an element with this tag name and these attributes is page chrome. */
export function isChrome(name: string, attributes: Record<string, string>): boolean {
  const role = attributes.role?.trim().toLowerCase()
  if (role && CHROME_ROLES.has(role)) return true
  if (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true') return true
  if (attributes.style && HIDDEN_STYLE.test(attributes.style)) return true
  if (name === 'aside') return !/quote/i.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`)
  return false
}
