// What the search page's markup (components/search/SearchPage.tsx) and its script (enhance/search/) agree on: the
// ids and data attributes each finds the other by. Client-safe.
/** The A to Z list's heading; the "no results" message links to it. */
export const aToZId = 'a-z'
export const searchInputId = 'search-q'

/** The data attributes on the search page's root element, named once for both sides. */
export const searchData = {
  root: 'data-search',
  locale: 'data-search-locale',
  index: 'data-search-index',
  none: 'data-search-none',
  one: 'data-search-one',
  many: 'data-search-many',
  digits: 'data-search-digits',
  loading: 'data-search-loading',
  status: 'data-search-status',
  results: 'data-search-results',
  empty: 'data-search-empty',
  failed: 'data-search-failed',
  query: 'data-search-query',
} as const

/** At most this many results show: the best ones; the A to Z list has the rest. */
export const maxResults = 20
