import { describe, expect, it } from 'vitest'
import { movedPage, movedScript, type Redirect } from '@/lib/content/redirects'
import { validateContent } from '@/lib/content/validate'
import { listPages } from '@/lib/pages/directory'
import { loadSources } from '@/tests/support/content'

const redirects: Redirect[] = [
  { from: '/looking-after-your-scalp', to: '/aftercare', file: 'content/articles/aftercare.md' },
]

describe('redirects from one list', () => {
  it('become a page at the old address that moves on at once, for any static host', () => {
    const html = movedPage(redirects[0]!, 'https://www.example-smp.example')
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/aftercare">')
    expect(html).toContain('<link rel="canonical" href="https://www.example-smp.example/aftercare">')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<a href="/aftercare">')
    // No inline script (documents' CSP): a script file keeps the #section.
    expect(html).toContain('<script src="/moved.js"></script>')
    expect(html).toContain('data-moved-to="/aftercare"')
    expect(movedScript).toContain('location.replace(to + location.search + location.hash)')
  })

  it('never appear as pages in /links or the sitemap (listPages)', () => {
    const { content } = validateContent(loadSources('links-renamed-with-redirect'), { includeDrafts: false })
    // The old address moves in every language: /hi/looking-after-your-scalp too.
    expect(content?.redirects.map((r) => r.from)).toEqual(['/looking-after-your-scalp', '/hi/looking-after-your-scalp'])
    const paths = listPages(content!).map((page) => page.path)
    expect(paths).toContain('/aftercare')
    expect(paths.some((path) => path.startsWith('/looking-after-your-scalp'))).toBe(false)
  })
})
