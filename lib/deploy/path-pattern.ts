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

// A site has a few dozen rules and the server asks about every request: each pattern is compiled once.
const compiled = new Map<string, RegExp>()

export function matchesPattern(pattern: string, pathname: string): boolean {
  let regExp = compiled.get(pattern)
  if (!regExp) compiled.set(pattern, (regExp = patternToRegExp(pattern)))
  return regExp.test(pathname)
}
