import { describe, expect, it } from 'vitest'
import { headingsOf, hrefsOf, idsOf } from '@/lib/content/headings'
import { compileMarkdown, compileTree } from '@/tests/support/content'

describe('headingsOf (on the pipeline output)', () => {
  it('returns the h2/h3 outline: level, id and plain text without the anchor text', () => {
    const html = compileTree(
      'Intro.\n\n## Before your session\n\nA.\n\n### Washing\n\nB.\n\n#### Not listed\n\nC.\n\n## After your session\n',
    )
    expect(headingsOf(html)).toEqual([
      { level: 2, id: 'before-your-session', text: 'Before your session' },
      { level: 3, id: 'washing', text: 'Washing' },
      { level: 2, id: 'after-your-session', text: 'After your session' },
    ])
  })

  it('never includes the "Link to the section" text or the "#"', () => {
    const html = compileMarkdown('## Sun and sea\n')
    expect(html).toContain('Link to the section')
    const [heading] = headingsOf(compileTree('## Sun and sea\n'))
    expect(heading?.text).toBe('Sun and sea')
  })

  it.each([
    ['an ampersand', '## Sun & sea', 'Sun & sea'],
    ['a less-than sign', '## Under <3 weeks', 'Under <3 weeks'],
    ['double quotes', '## The "shaved" look', 'The "shaved" look'],
    ['an apostrophe', "## What's normal", "What's normal"],
    ['curly quotes', '## The “density” look', 'The “density” look'],
  ])('decodes %s', (_, markdown, text) => {
    const headings = headingsOf(compileTree(`${markdown}\n`))
    expect(headings).toHaveLength(1)
    expect(headings[0]?.text).toBe(text)
  })

  it('drops inline markup but keeps its words', () => {
    const html = compileTree('## Washing *gently* with `pH-neutral` soap\n\n### See [aftercare](/aftercare) first\n')
    expect(headingsOf(html).map((h) => h.text)).toEqual(['Washing gently with pH-neutral soap', 'See aftercare first'])
  })

  it('ignores the footnotes section heading', () => {
    const html = compileTree('## Sources\n\nA claim.[^1]\n\n[^1]: A source.\n')
    expect(headingsOf(html).map((h) => h.id)).toEqual(['sources'])
  })

  it('returns nothing for a body without h2/h3', () => {
    expect(headingsOf(compileTree('Just a paragraph.\n'))).toEqual([])
  })
})

describe('idsOf and hrefsOf', () => {
  const html = compileTree('## Before\n\n[a](/faq#does-it-hurt) [b](/aftercare?x=1&y=2)\n')

  it('lists every id', () => {
    expect(idsOf(html)).toEqual(['before'])
  })

  it('lists every href, decoded', () => {
    expect(hrefsOf(html)).toEqual(['#before', '/faq#does-it-hurt', '/aftercare?x=1&y=2'])
  })
})
