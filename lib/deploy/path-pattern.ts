// The path patterns of the `_headers` and `_redirects` files, as Netlify and Cloudflare Pages read them: a
// literal path, `:name` for one path segment, and `*` for the rest of the path (any characters, slashes too).
// Our own server (`npm start`) matches with this, so it answers as those hosts do.

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

/** The regular expression a pattern stands for, matched against a request's whole path. */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*'
      if (/^:[A-Za-z]\w*$/.test(part)) return '[^/]+'
      return escapeRegExp(part)
    })
    .join('')
  return new RegExp(`^${source}$`)
}

export const matchesPattern = (pattern: string, pathname: string) => patternToRegExp(pattern).test(pathname)
