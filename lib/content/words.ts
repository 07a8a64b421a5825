// The few words the content step itself writes into a page (the label of a citation number, the hidden
// text of a heading's "#" link), in each language. Relative imports: Contentlayer's bundle loads this
// through lib/content/markdown.ts.
import type { Locale } from '../i18n/locales'

const en = {
  /** A citation number's label (its visible text stays the number). */
  sourceLabel: 'Source {number}',
  /** The hidden text of a heading's "#" link. */
  sectionLink: 'Link to the section “{heading}”',
}
export type ContentWords = typeof en

const hi: ContentWords = {
  sourceLabel: 'स्रोत {number}',
  sectionLink: 'सेक्शन “{heading}” का लिंक',
}

export const contentWords: Readonly<Record<Locale, ContentWords>> = { en, hi }
