// The search index's shape and how it is searched: one module for the index builder and the search page's script,
// so the index the content step writes is read back with exactly the options it was made with. Client-safe.
import type { Options, SearchOptions } from 'minisearch'
import type { Locale } from '@/lib/i18n/locales'
import { termIn } from './terms'

/** What a result is: a page, a section of an article (h2 or h3), an FAQ answer or a glossary term. */
export type SearchKind = 'page' | 'section' | 'faq' | 'term'

/** One searchable place on the site, in one language. */
export type SearchDocument = {
  /** The address to go to: "/aftercare#washing-your-scalp", "/hi/faq#does-it-hurt" (unique: the index's id). */
  href: string
  kind: SearchKind
  /** The heading, question, term or page title. */
  title: string
  /** The page it is on, for a section, an answer or a term ("Aftercare"); the page's own title for a page. */
  page: string
  /** Its words as plain text (for a page, its description and its text before the first heading). */
  text: string
}

/** Headings rank above body text; the page a section is on counts a little, so "aftercare washing" finds it. */
export const fieldBoosts = { title: 4, page: 1.5, text: 1 } as const
const fields = Object.keys(fieldBoosts) as (keyof typeof fieldBoosts)[]

/** Words of 4 letters or more forgive one slip ("tatoo"); shorter ones must be exact (बाल is not बल). */
export const fuzzyFor = (term: string) => (term.length >= 4 ? 0.2 : false)

export const searchOptions: SearchOptions = {
  boost: fieldBoosts,
  // Results as one types: "swi" finds swimming.
  prefix: (term) => term.length >= 2,
  fuzzy: fuzzyFor,
  maxFuzzy: 2,
  combineWith: 'OR',
}

/** MiniSearch's options for a language's index: the same when it is built and when it is loaded. */
export function indexOptions(locale: Locale): Options<SearchDocument> {
  const term = termIn(locale)
  return {
    idField: 'href',
    fields,
    storeFields: ['kind', 'title', 'page', 'text'],
    processTerm: (word) => term(word),
    searchOptions,
  }
}
