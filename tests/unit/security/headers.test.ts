import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, cspDirectives, securityHeaders } from '@/lib/security/headers'
import { parseCsp } from '@/tests/support/parse-csp'

// Sources that never name another origin: keywords, the page's own origin and in-page data.
const ownSources = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'])

describe('Content-Security-Policy (production)', () => {
  const csp = parseCsp(contentSecurityPolicy())

  it('allows no third-party origin in any directive', () => {
    for (const [name, values] of csp) {
      for (const value of values) expect(ownSources.has(value), `${name} ${value}`).toBe(true)
    }
  })

  it('never allows eval', () => {
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval')
  })

  it.each([
    ['default-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['upgrade-insecure-requests', []],
  ])('%s is %j', (name, values) => {
    expect(csp.get(name)).toEqual(values)
  })

  it("runs only scripts from the site's own files: no inline script, no eval, on any page", () => {
    expect(csp.get('script-src')).toEqual(["'self'"])
  })

  it("takes styles from the site's own files only", () => {
    expect(csp.get('style-src')).toEqual(["'self'"])
  })

  it('is the text of the directives, in order, with no stray separators', () => {
    expect(contentSecurityPolicy()).toBe(
      Object.entries(cspDirectives())
        .map(([name, values]) => [name, ...values].join(' '))
        .join('; '),
    )
    expect(contentSecurityPolicy()).not.toMatch(/;\s*;|\s{2}|;\s*$/)
  })
})

describe('securityHeaders', () => {
  const headers = new Map(securityHeaders().map(({ key, value }) => [key.toLowerCase(), value]))

  it('has each header once', () => {
    expect(headers.size).toBe(securityHeaders().length)
  })

  it.each([
    ['strict-transport-security', /^max-age=(\d+)(; includeSubDomains)?$/],
    ['x-content-type-options', /^nosniff$/],
    ['referrer-policy', /^strict-origin-when-cross-origin$/],
  ])('%s', (name, pattern) => {
    expect(headers.get(name)).toMatch(pattern)
  })

  it('keeps HSTS for at least a year', () => {
    expect(Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(31536000)
  })

  it('turns off camera, microphone and geolocation', () => {
    const features = new Map(
      headers
        .get('permissions-policy')!
        .split(',')
        .map((part) => part.trim().split('=') as [string, string]),
    )
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(features.get(feature), feature).toBe('()')
  })
})
