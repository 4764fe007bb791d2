/** What an input file holds, by its name: raw text, a saved web page, or a feed. */
export type InputKind = 'text' | 'page' | 'feed'

const PAGE = /\.(html?|xhtml)(\.gz)?$/i
const FEED = /\.(xml|rss|atom|json)(\.gz)?$/i

/** The kind of an input by its file name; anything not a page or a feed is read as text. */
export function inputKind(file: string): InputKind {
  return PAGE.test(file) ? 'page' : FEED.test(file) ? 'feed' : 'text'
}

/** Whether a folder's file is an input at all: text, a page or a feed. */
export const isInputFile = (name: string): boolean => /\.txt$/i.test(name) || inputKind(name) !== 'text'
