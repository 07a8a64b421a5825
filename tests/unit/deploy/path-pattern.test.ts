import { describe, expect, it } from 'vitest'
import { matchesPattern } from '@/lib/deploy/path-pattern'

describe('path patterns of _headers and _redirects', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/hi/aftercare/planner', true],
    ['/self-check', '/self-check', true],
    ['/self-check', '/self-check/more', false],
    ['/self-check', '/self-checks', false],
    ['/_next/static/*', '/_next/static/chunks/a.js', true],
    ['/_next/static/*', '/_next/data/a.json', false],
    ['/*/opengraph-image', '/hi/aftercare/planner/opengraph-image', true],
    ['/*/opengraph-image', '/opengraph-image', false],
    ['/:page/x', '/aftercare/x', true],
    ['/:page/x', '/hi/aftercare/x', false],
    ['/hi/*', '/hi/no-such-page', true],
    ['/hi/*', '/hindi', false],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected)
  })
})
