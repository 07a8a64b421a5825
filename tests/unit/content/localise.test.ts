// A translated page's links go to the language's pages; files, other sites and "#id" stay.
import type { Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { applyDigits, isPageLink, localiseHeadingAnchors, localiseHref, localiseLinks } from '@/lib/content/localise'
import { annotation, reportWarnings } from '@/lib/content/report'
import { compileTree, compileWithTree } from '@/tests/support/content'
import { toHtml } from 'hast-util-to-html'
import { vi } from 'vitest'

describe('localiseHref', () => {
  it.each([
    ['/procedure#numbing-and-pain', '/hi/procedure#numbing-and-pain'],
    ['/faq#does-it-hurt', '/hi/faq#does-it-hurt'],
    ['/self-check', '/hi/self-check'],
    ['/aftercare/planner', '/hi/aftercare/planner'],
    ['/', '/hi'],
    ['#washing', '#washing'],
    ['/diagrams/skin-layers.svg', '/diagrams/skin-layers.svg'],
    ['/leaflet.pdf#page=2', '/leaflet.pdf#page=2'],
    ['https://www.nhs.uk/', 'https://www.nhs.uk/'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
    ['tel:+441', 'tel:+441'],
  ])('%s → %s', (href, expected) => {
    expect(localiseHref(href, 'hi')).toBe(expected)
    expect(isPageLink(href)).toBe(expected !== href)
  })
})

describe('localiseLinks', () => {
  it('rewrites hrefs in a copy, never image addresses', () => {
    const tree = compileTree('[a](/aftercare#washing)\n\n![alt](/diagrams/skin-layers.svg "Caption")\n')
    const html = toHtml(localiseLinks(tree, 'hi'))
    expect(html).toContain('href="/hi/aftercare#washing"')
    expect(html).toContain('src="/diagrams/skin-layers.svg"')
    expect(toHtml(tree)).toContain('href="/aftercare#washing"')
  })

  it('words the heading links in the language', () => {
    const { tree } = compileWithTree('## सेशन के बाद {#after-your-session}\n')
    localiseHeadingAnchors(tree, 'hi')
    expect(toHtml(tree)).toContain('<span class="sr-only">सेक्शन “सेशन के बाद” का लिंक</span>')
  })

  it('writes the visible digits in Devanagari, not the addresses', () => {
    const tree: Root = compileTree('[112 पर कॉल करें](tel:112), 4 हफ़्ते।\n')
    applyDigits(tree, 'devanagari')
    expect(toHtml(tree)).toBe('<p><a href="tel:112">११२ पर कॉल करें</a>, ४ हफ़्ते।</p>')
  })
})

describe('the content step’s warnings', () => {
  const warning = {
    file: 'content/hi/articles/x.md',
    field: 'translationOf',
    line: 4,
    message: 'the English page is newer',
  }

  it('become GitHub warning annotations', () => {
    expect(annotation(warning, 'warning')).toBe(
      '::warning file=content/hi/articles/x.md,line=4,title=translationOf::the English page is newer',
    )
  })

  it('print as a list, and as annotations on GitHub, without failing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    reportWarnings([warning], {
      contentDir: 'content',
      env: { GITHUB_ACTIONS: 'true' } as unknown as NodeJS.ProcessEnv,
    })
    expect(warn.mock.calls.flat().join('\n')).toContain(
      '⚠ content/hi/articles/x.md: translationOf: the English page is newer (line 4)',
    )
    expect(log).toHaveBeenCalledWith(annotation(warning, 'warning'))
    warn.mockRestore()
    log.mockRestore()
  })
})
