import { describe, expect, it } from 'vitest'
import { checkLinks, type LinkTargets } from '@/lib/content/links'
import { compileTree } from '@/tests/support/content'

const targets: LinkTargets = new Map<string, ReadonlySet<string> | null>([
  ['/', null],
  ['/self-check', null],
  ['/faq', new Set(['does-it-hurt', 'how-long-does-it-last'])],
  ['/aftercare', new Set(['before-your-session', 'washing'])],
  ['/what-is-smp', new Set(['how-smp-works'])],
])

/** The problems for one markdown link on the page /what-is-smp. */
const check = (href: string) => checkLinks(compileTree(`Read [this](${href}).\n`), '/what-is-smp', targets)

describe('checkLinks', () => {
  it.each([
    ['an existing page', '/aftercare'],
    ['an existing page with a trailing slash', '/aftercare/'],
    ['an existing section', '/aftercare#washing'],
    ['an existing section, trailing slash', '/aftercare/#washing'],
    ['the home page', '/'],
    ['a page whose ids are not checked', '/self-check#anything'],
    ['an FAQ answer', '/faq#does-it-hurt'],
    ['a section on the same page', '#how-smp-works'],
    ['an https address', 'https://www.nhs.uk/conditions/hair-loss/'],
    ['an http address', 'http://example.com/'],
    ['an upper-case scheme', 'HTTPS://www.nhs.uk/'],
    ['an email address', 'mailto:hello@example.com'],
  ])('accepts %s: %s', (_, href) => {
    expect(check(href)).toEqual([])
  })

  it.each([
    ['a missing page', '/no-such-page', 'link "/no-such-page" goes to a page that does not exist'],
    ['a missing page with a section', '/no-such-page#x', 'goes to a page that does not exist'],
    ['a protocol-relative address', '//evil.example/x', 'goes to a page that does not exist'],
    [
      'a missing section',
      '/aftercare#no-such-section',
      'link "/aftercare#no-such-section" goes to a section "#no-such-section" that /aftercare does not have',
    ],
    ['a missing FAQ answer', '/faq#is-it-free', 'a section "#is-it-free" that /faq does not have'],
    [
      'a missing section on the same page',
      '#no-such-heading',
      'a section "#no-such-heading" that /what-is-smp does not have',
    ],
    ['a relative link', 'aftercare', 'link "aftercare" must start with "/"'],
    ['a dot-relative link', './aftercare#washing', 'link "./aftercare#washing" must start with "/"'],
    ['a parent-relative link', '../aftercare', 'must start with "/"'],
  ])('reports %s: %s', (_, href, message) => {
    expect(check(href)).toEqual([expect.stringContaining(message)])
  })

  it('checks tel: links only if they survive (they are ignored, never reported)', () => {
    expect(checkLinks(compileTree('[call](tel:+442079460000)\n'), '/what-is-smp', targets)).toEqual([])
  })

  it('reports each bad link once, in order, and nothing for the good ones', () => {
    const html = compileTree('[ok](/aftercare) [bad](/nope) [ok](#how-smp-works) [bad](#nope)\n')
    expect(checkLinks(html, '/what-is-smp', targets)).toEqual([
      expect.stringContaining('"/nope" goes to a page that does not exist'),
      expect.stringContaining('"#nope" goes to a section "#nope" that /what-is-smp does not have'),
    ])
  })

  it("accepts the heading anchors the pipeline adds to the page's own headings", () => {
    const html = compileTree('## How SMP works\n\nText.\n')
    expect(checkLinks(html, '/what-is-smp', targets)).toEqual([])
  })
})
