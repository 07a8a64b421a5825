import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import {
  extensionlessImages,
  headersFor,
  isExtensionlessImage,
  parseHeadersFile,
  renderHeadersFile,
  siteHeaderRules,
  type HeaderRule,
} from '@/lib/deploy/headers-file'
import { matchesPattern } from '@/lib/deploy/path-pattern'
import { locales } from '@/lib/i18n/locales'
import { ogImageContentType } from '@/lib/og/size'
import { listPages } from '@/lib/pages/directory'
import { cachePolicies, securityHeaders } from '@/lib/security/headers'
import { toolPaths } from '@/lib/security/page-kinds'

const previewImages = ['/opengraph-image', '/aftercare/opengraph-image', '/aftercare/planner/opengraph-image-72dzrn']
const rules = parseHeadersFile(renderHeadersFile(siteHeaderRules(previewImages)))
const sitePaths = locales.flatMap((locale) => listPages(getContent(locale)).map((page) => page.path))
const samplePaths = [...sitePaths, ...toolPaths, '/an-article-added-tomorrow', '/no/such/page', '/404.html']

/** Netlify's reading of the same file: lines without a colon are skipped, and a later matching rule's value wins. */
function netlifyHeadersFor(parsed: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const rule of parsed)
    if (matchesPattern(rule.path, pathname)) for (const { key, value } of rule.set) headers.set(key, value)
  return headers
}

describe('out/_headers', () => {
  it('reads back as the rules it was written from', () => {
    expect(rules).toEqual(siteHeaderRules(previewImages))
  })

  it.each(samplePaths)('%s gets every security header, each once', (path) => {
    const headers = headersFor(rules, path)
    for (const { key, value } of securityHeaders()) expect(headers.get(key), key).toBe(value)
  })

  it('lists no page: a new article, a tool and the 404 page get the headers from `/*`', () => {
    const articles = getContent().articles.map((article) => `/${article.slug}`)
    const lines = renderHeadersFile(siteHeaderRules(previewImages)).split('\n')
    for (const path of [...articles, ...toolPaths]) expect(lines, path).not.toContain(path)
  })

  it('means the same to Netlify (later rule wins, no detach) as to Cloudflare Pages and `npm start` (detach, then join)', () => {
    for (const path of [...samplePaths, ...previewImages, '/_next/static/chunks/a.js'])
      expect(Object.fromEntries(netlifyHeadersFor(rules, path)), path).toEqual(
        Object.fromEntries(headersFor(rules, path)),
      )
  })

  it('caches hashed build files for a year; leaves pages to the hosts, which revalidate', () => {
    expect(headersFor(rules, '/_next/static/chunks/a.js').get('Cache-Control')).toBe(cachePolicies.immutable)
    expect(headersFor(rules, '/assets/islands/self-check-AB12CD34.js').get('Cache-Control')).toBe(
      cachePolicies.immutable,
    )
    expect(headersFor(rules, '/aftercare').has('Cache-Control')).toBe(false)
  })

  it('types the link-preview images the build wrote, which have no extension, as PNG', () => {
    expect(extensionlessImages.contentType).toBe(ogImageContentType)
    for (const path of previewImages) expect(headersFor(rules, path).get('Content-Type'), path).toBe('image/png')
    for (const path of [...previewImages, '/hi/aftercare/planner/twitter-image'])
      expect(isExtensionlessImage(path), path).toBe(true)
    for (const path of ['/opengraph-image.png', '/aftercare', '/opengraph-images'])
      expect(isExtensionlessImage(path), path).toBe(false)
    // Only images become rules: a page's address passed by mistake gets no image type.
    expect(siteHeaderRules(['/aftercare'])).toEqual(siteHeaderRules())
  })

  it('says which line it cannot read', () => {
    expect(() => parseHeadersFile('/a\n  X-Frame-Options DENY\n')).toThrow('_headers line 2')
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers line 1: a header before any path')
    expect(() => parseHeadersFile('a\n')).toThrow('a rule starts with a path')
  })
})
