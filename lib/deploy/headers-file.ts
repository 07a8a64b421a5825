// The site's response headers as the `_headers` file that the static build writes to out/ (Netlify and
// Cloudflare Pages read it; `npm start` reads the same file), and the reading and matching of that file.
//
// The security headers are on `/*`: every page (a new article, the 404 page, an unknown address) gets them
// with nothing listed. Later rules only add headers no earlier rule sets (Cache-Control, a preview image's
// type): Cloudflare Pages joins a header that several matching rules set. A rule may still detach a header
// first (`! Name`, Cloudflare's syntax; Netlify skips that line, which has no colon).
import { ogImageContentType } from '../og/size'
import { cachePolicies, immutablePathPrefixes, securityHeaders, type Header } from '../security/headers'
import { matchesPattern } from './path-pattern'

export type HeaderRule = {
  /** A path pattern (lib/deploy/path-pattern.ts). */
  path: string
  /** Header names taken off what earlier matching rules set. */
  detach: string[]
  set: Header[]
}

/**
 * Link-preview images are written without a file extension (out/aftercare/opengraph-image), so a static
 * server cannot tell their type from the name: the headers have to.
 */
export const extensionlessImages = {
  names: ['opengraph-image', 'twitter-image'],
  contentType: ogImageContentType,
} as const

/** A link-preview image's path: /aftercare/opengraph-image (a hashed name, opengraph-image-1oljww, matches too). */
const extensionlessImagePattern = new RegExp(`/(${extensionlessImages.names.join('|')})(-\\w+)?$`)
export const isExtensionlessImage = (pathname: string) => extensionlessImagePattern.test(pathname)

/** What hosts send when no rule sets Cache-Control (Netlify's and Cloudflare's default): revalidate each time. */
export const defaultCacheControl = cachePolicies.revalidate

/**
 * The site's header rules, in the order a host applies them. `previewImages`: the paths of the link-preview
 * images the build wrote (a hashed name, which no pattern both hosts read can match, is listed as it is).
 */
export function siteHeaderRules(previewImages: readonly string[] = []): HeaderRule[] {
  const images = previewImages.filter(isExtensionlessImage)
  return [
    { path: '/*', detach: [], set: securityHeaders() },
    ...immutablePathPrefixes.map((prefix) => ({
      path: `${prefix}*`,
      detach: [],
      set: [{ key: 'Cache-Control', value: cachePolicies.immutable }],
    })),
    ...images.map((path) => ({
      path,
      detach: [],
      set: [{ key: 'Content-Type', value: extensionlessImages.contentType }],
    })),
  ]
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, detach, set }) =>
    [path, ...detach.map((name) => `  ! ${name}`), ...set.map(({ key, value }) => `  ${key}: ${value}`)].join('\n'),
  )
  return `# Response headers for Netlify, Cloudflare Pages and \`npm start\` (which reads this file).
# Written by \`npm run build\` from lib/security/headers.ts: edit that module, not this file.
# The security headers on every path; later rules add a header, never set one twice.
${blocks.join('\n\n')}
`
}

/** Reads a `_headers` file; a line it cannot read is an error naming the line (a host would skip it). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a rule starts with a path: ${line}`)
      rules.push({ path: line, detach: [], set: [] })
      return
    }
    const rule = rules.at(-1)
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any path`)
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim())
      return
    }
    const colon = line.indexOf(':')
    if (colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value": ${line}`)
    rule.set.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() })
  })
  return rules
}

/**
 * The headers for a request path, as Cloudflare Pages applies its rules: in file order, each matching rule
 * first takes off the headers it detaches, then sets its own, joining a value to one an earlier rule set.
 * Header names are kept as the rules write them.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, { key: string; value: string }>()
  for (const rule of rules) {
    if (!matchesPattern(rule.path, pathname)) continue
    for (const name of rule.detach) headers.delete(name.toLowerCase())
    for (const { key, value } of rule.set) {
      const earlier = headers.get(key.toLowerCase())
      headers.set(key.toLowerCase(), { key, value: earlier ? `${earlier.value}, ${value}` : value })
    }
  }
  return new Map([...headers.values()].map(({ key, value }) => [key, value]))
}
