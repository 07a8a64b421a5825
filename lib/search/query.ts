// The search page's address parameter, `?q=`: the header's form sends it, the search page's script reads and keeps it.
export const searchQueryParam = 'q'
