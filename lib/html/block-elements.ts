// A leaf module (no imports) so that both the content step (hast trees) and the documents' scripts
// (the DOM) read text the same way.
/** Elements that start a new line for a reader: their text never runs into the next block's. */
export const blockElements: ReadonlySet<string> = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'br',
  'hr',
  'figure',
  'figcaption',
])
