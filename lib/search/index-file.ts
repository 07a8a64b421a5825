// Builds a language's search index from its documents (lib/search/documents.ts), with the options the search page
// loads it with (lib/search/options.ts).
import MiniSearch from 'minisearch'
import type { Locale } from '@/lib/i18n/locales'
import { indexOptions, type SearchDocument } from './options'

export function buildSearchIndex(documents: readonly SearchDocument[], locale: Locale): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(indexOptions(locale))
  index.addAll(documents)
  return index
}

/** An index as the search page gets it: written as JSON, read back with the same options. */
export const loadSearchIndex = (json: string, locale: Locale) =>
  MiniSearch.loadJSON<SearchDocument>(json, indexOptions(locale))
