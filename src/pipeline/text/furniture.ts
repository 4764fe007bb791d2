/**
 * Page furniture: lines a scrape carries along that are not the story's text — section labels, prompts to
 * share or subscribe, captions and photo credits, separators, copyright lines, leftover markup. Each rule
 * matches a whole line; a line of real prose is long, so nothing over `MAX_WORDS` words is furniture.
 */
const MAX_WORDS = 14

const RULES: RegExp[] = [
  // Section labels of archived copy and live pages.
  /^(abstract|full text|transcript|editor'?s note|advertisement|advertising|sponsored( content)?|ad)$/i,
  /^(published|updated|posted|last updated|first published)$/i,
  // Agency sign-offs and standards notes.
  /^(reporting|writing|editing|additional reporting|compiled|edited|produced) by\b/i,
  /^our standards\b/i,
  /^(story|article) continues( below)?( (the )?advertisement)?$/i,
  /^continue reading( (below|the main story))?$/i,
  /^(scroll|skip) (down )?to (continue|content)( with content)?$/i,
  // Links out and prompts.
  /^(read more|read also|also read|more|see also|related|recommended|most read|trending|must read|don'?t miss|top stories|watch|listen)\b\s*[:|-]/i,
  /^(read more|also read|related( stories| articles| coverage| content| news| topics| links)?|recommended( stories)?|more on this story|most read|top stories|you may also like|before you go|more from [\w ]+)$/i,
  /^(share|share this( article| story| page)?|share on \w+|tweet|email|print|comments?|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|instagram|youtube|copy link|save)$/i,
  /^follow (us|@\w+|\w+( \w+){0,3} on (twitter|x|facebook|instagram|linkedin|threads|bluesky))\b/i,
  /^(click|tap) here\b/i,
  /^(sign up|subscribe|download (the|our)|join (our|us)|get (our|the latest)|never miss)\b.*\b(newsletter|app|channel|updates|alerts|news|stories|here|today|free)\b/i,
  /^(subscribe|sign up|newsletter|log ?in|register)$/i,
  /\blike (the|our) (page|facebook page)\b/i,
  /^(listen to (this|the) (article|story)|\d+\s*min(ute)?s? (read|listen))$/i,
  /^(tags|topics|filed under|categories|keywords)\s*:/i,
  // Captions, credits and galleries.
  /^(image|media|video|photo|picture) (caption|source|copyright|credit)s?\b/i,
  /^(photo|photograph|picture|pic|image|file photo|photo credit|credit|source|video|graphic)s?\s*(:|by\b)/i,
  /^\(?(photo|picture|image|video)s? (by|courtesy|credit)\b/i,
  /^(file|representational|representative) (photo|image|picture)\b/i,
  /^(image|photo|slide|picture)?\s*\d+\s+(of|\/)\s+\d+$/i,
  /^([\p{Lu}][\w.'’-]*\s+){0,4}(via\s+)?(getty( images)?|shutterstock|ap photo|afp photo|epa(-efe)?|anadolu|xinhua|reuters\/[\w ]+|afp\/[\w ]+)(\s*\/\s*[\w ]+)?$/iu,
  /^(getty|reuters|afp|ap|epa|associated press|anadolu agency|xinhua|pa|pa media|bloomberg)$/i,
  // A label alone in brackets: "(CBC)", "(Reuters)", "[Video]".
  /^[([][^()[\]]{1,30}[)\]]$/,
  // Separators and copyright.
  /^[_\-=*~•·.#\s]{3,}$/,
  /^(copyright|©|\(c\))\s*/i,
  /\ball rights reserved\b/i,
  // Leftover markup: a line of tags only.
  /^(<[^<>]*>\s*)+$/,
]

/**
 * Whether a line is page furniture. A trailing period some archives add to every line ("Getty.",
 * "ABSTRACT.") does not change that.
 */
export function isFurniture(line: string): boolean {
  const text = line.trim().replace(/(?<=[^.])\.$/, '')
  if (text.split(/\s+/).length > MAX_WORDS) return false
  return RULES.some((rule) => rule.test(text))
}

/**
 * A label that heads a list of links ("Related Topics", "More on this story", "Read more:"): the short
 * lines under it at the end of a story are those links, not its text.
 */
export function opensLinkList(line: string): boolean {
  return /^(read more|also read|related|recommended|more on this story|more from|most read|top stories|you may also like|see also)\b[^.!?]*$/i.test(
    line.trim(),
  )
}

/** A caption label whose caption follows on the next line ("Image caption," / "Families waded …"). */
export function awaitsCaption(line: string): boolean {
  return /^(image|media|video|photo|picture) (caption|source|copyright|credit)s?\s*[,:]?$/i.test(line.trim())
}

/** A line that only separates: `___`, `* * *`, `=====`. */
export function isSeparator(line: string): boolean {
  return /^[_\-=*~•·#\s]{3,}\.?$/.test(line.trim())
}
