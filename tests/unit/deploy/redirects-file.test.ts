import { describe, expect, it } from 'vitest'
import {
  moveFor,
  notFoundPageFor,
  parseRedirectsFile,
  renderRedirectsFile,
  siteRedirectRules,
} from '@/lib/deploy/redirects-file'
import { notFoundFiles } from '@/lib/security/page-kinds'

const redirects = [{ from: '/looking-after-your-scalp', to: '/aftercare' }] as const

describe('out/_redirects', () => {
  const rules = parseRedirectsFile(renderRedirectsFile(siteRedirectRules(redirects)))

  it('reads back as the rules it was written from', () => {
    expect(rules).toEqual(siteRedirectRules(redirects))
  })

  it('moves an old address on with a 301 (the browser keeps the #section)', () => {
    expect(moveFor(rules, '/looking-after-your-scalp')).toEqual({ ...redirects[0], status: 301 })
    expect(moveFor(rules, '/aftercare')).toBeUndefined()
    // The 404 rules never move anything.
    expect(moveFor(rules, '/hi/no-such-page')).toBeUndefined()
  })

  it("names each translated language's 404 page for its unknown addresses, and none for English (the host's /404.html)", () => {
    expect(notFoundPageFor(rules, '/hi/no-such-page')).toBe(notFoundFiles.hi)
    expect(notFoundPageFor(rules, '/no-such-page')).toBeUndefined()
    expect(renderRedirectsFile(siteRedirectRules([])).match(/^\/.*$/gm)).toEqual(['/hi/* /hi/404.html 404'])
  })

  it('says which line it cannot read', () => {
    expect(() => parseRedirectsFile('# note\n/a /b 301\nnot-a-path /b\n')).toThrow('_redirects line 3')
    expect(() => parseRedirectsFile('/a /b 30x\n')).toThrow('_redirects line 1')
  })
})
