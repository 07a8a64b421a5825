import { describe, expect, it } from 'vitest'
import { localeOfPath, localePath, stripLocale } from '@/lib/i18n/locales'

describe('localePath', () => {
  it.each([
    ['hi', '/aftercare', '/hi/aftercare'],
    ['hi', '/aftercare#after-your-session', '/hi/aftercare#after-your-session'],
    ['hi', '/', '/hi'],
    ['hi', '/#topics', '/hi#topics'],
    ['hi', '/aftercare/planner', '/hi/aftercare/planner'],
    ['hi', '/hi/faq', '/hi/faq'],
    ['en', '/hi/faq#is-it-safe', '/faq#is-it-safe'],
    ['en', '/hi', '/'],
    ['en', '/faq', '/faq'],
  ] as const)('%s %s → %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected)
  })

  it.each(['https://example.org/a', 'mailto:a@example.org', 'tel:+441', '#section', '//cdn.example/x'])(
    'leaves %s alone (not a site path)',
    (href) => expect(localePath('hi', href)).toBe(href),
  )

  it('does not take a page whose name starts with the code for the language', () => {
    expect(localeOfPath('/hidden-scars')).toBe('en')
    expect(localePath('hi', '/hidden-scars')).toBe('/hi/hidden-scars')
    expect(stripLocale('/hidden-scars')).toBe('/hidden-scars')
  })
})

describe('localeOfPath and stripLocale', () => {
  it('reads the language from the prefix', () => {
    expect(localeOfPath('/hi')).toBe('hi')
    expect(localeOfPath('/hi/faq#x')).toBe('hi')
    expect(localeOfPath('/faq')).toBe('en')
    expect(stripLocale('/hi#topics')).toBe('/#topics')
    expect(stripLocale('/hi/aftercare/planner')).toBe('/aftercare/planner')
  })
})
