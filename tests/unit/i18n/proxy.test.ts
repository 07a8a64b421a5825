import { describe, expect, it } from 'vitest'
import { NextRequest } from 'next/server'
import { config, proxy } from '@/proxy'
import { translatedLocales } from '@/lib/i18n/locales'

const ask = (path: string) => proxy(new NextRequest(`https://clinic.example${path}`))

describe('proxy (next start: unknown Hindi addresses)', () => {
  it('runs for every translated language (its matcher must be written out: Next reads it statically)', () => {
    for (const locale of translatedLocales) expect(config.matcher).toEqual([`/${locale}`, `/${locale}/:path*`])
  })

  it('lets known Hindi pages and preview images through', () => {
    for (const path of [
      '/hi',
      '/hi/faq',
      '/hi/aftercare',
      '/hi/self-check',
      '/hi/aftercare/planner',
      '/hi/aftercare/opengraph-image',
    ])
      expect(ask(path).headers.get('x-middleware-rewrite'), path).toBeNull()
  })

  it('answers anything else under /hi with the Hindi 404 page and a 404 status', () => {
    for (const path of ['/hi/no-such-page', '/hi/aftercare/extra', '/hi/not-found', '/hi/links']) {
      const response = ask(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('x-middleware-rewrite'), path).toBe('https://clinic.example/hi/not-found')
    }
  })
})
