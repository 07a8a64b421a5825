import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MarkdownContentError } from '@/lib/content/markdown'
import { formatPublishedLinks, parsePublishedLinks } from '@/lib/content/published-links'
import { recordPublishedLinks } from '@/lib/content/record-links'
import { validateContent } from '@/lib/content/validate'
import { caseFiles, compileMarkdown, loadSources } from '@/tests/support/content'

describe('explicit section ids', () => {
  it('take the id from {#id}, and the text (and its anchor label) without it', () => {
    const html = compileMarkdown('## After *your* session {#after-your-session}\n')
    expect(html).toContain('<h2 id="after-your-session">After <em>your</em> session<a href="#after-your-session"')
    expect(html).toContain('Link to the section “After your session”')
    expect(html).not.toContain('{#')
  })

  it('leave a heading without one its id from its text', () => {
    expect(compileMarkdown('## Sun & shade\n')).toContain('<h2 id="sun--shade">')
  })

  it('render each old id in aliases= as an empty element in the heading, so /page#old lands there', () => {
    const html = compileMarkdown('### Washing your scalp {#washing-your-scalp aliases=washing,first-wash}\n')
    expect(html).toContain(
      '<h3 id="washing-your-scalp"><span id="washing" data-alias=""></span><span id="first-wash" data-alias=""></span>Washing your scalp<a',
    )
  })

  it.each([
    ['## After {#After Your Session}', '"{#After}"'],
    ['## After {#after-}', 'must be lower-case words joined by hyphens'],
    ['## After {#after old=x}', 'may only add old ids, written {#after aliases=old-id,older-id}'],
    ['## After {#after aliases=Old_Id}', 'The heading\'s old id "Old_Id"'],
  ])('refuse %s, naming the line', (markdown, message) => {
    const run = () => compileMarkdown(`intro\n\n${markdown}\n`)
    expect(run).toThrow(MarkdownContentError)
    expect(run).toThrow(message)
    expect(run).toThrow('(line 3)')
  })

  it('refuse a bad id in a fixture file (md-bad-heading-id)', () => {
    expect(() => loadSources('md-bad-heading-id')).toThrow(MarkdownContentError)
  })

  it('keep the address when the heading is reworded (links-explicit-id-reworded)', () => {
    const { content } = validateContent(loadSources('links-explicit-id-reworded'), { includeDrafts: false })
    const aftercare = content?.articles.find((a) => a.slug === 'aftercare')
    expect(aftercare?.headings).toContainEqual({
      level: 2,
      id: 'after-your-session',
      text: 'Once your session is over',
    })
  })
})

describe('published addresses', () => {
  it('are every page, h2/h3 section, FAQ answer, glossary term and fixed route, and no redirect', () => {
    const { addresses } = validateContent(loadSources('links-renamed-with-redirect'), { includeDrafts: false })
    expect(addresses).toEqual([...(addresses ?? [])].sort())
    expect(addresses).toEqual(
      expect.arrayContaining([
        '/',
        '/faq',
        '/self-check',
        '/aftercare/planner',
        '/links',
        '/aftercare',
        '/aftercare#after-your-session',
        '/aftercare#washing',
        '/faq#does-it-hurt',
      ]),
    )
    expect(addresses?.some((a) => a.startsWith('/glossary#'))).toBe(true)
    expect(addresses?.some((a) => a.startsWith('/looking-after-your-scalp'))).toBe(false)
  })

  it('list each page, section and answer in Hindi too, but not the staff links page', () => {
    const { addresses = [] } = validateContent(loadSources(), { includeDrafts: false })
    expect(addresses).toEqual(
      expect.arrayContaining(['/hi', '/hi/faq', '/hi/self-check', '/hi/aftercare/planner', '/hi/aftercare#washing']),
    )
    expect(addresses).toContain('/hi/faq#does-it-hurt')
    expect(addresses).toContain('/hi/glossary#pigment')
    expect(addresses).not.toContain('/hi/links')
    const english = addresses.filter((a) => !a.startsWith('/hi'))
    expect(addresses).toHaveLength(english.length * 2 - 1)
  })

  it('keep a listed Hindi address only while its English page and id lead somewhere', () => {
    const sources = loadSources()
    const listed = (...addresses: string[]) =>
      validateContent({ ...sources, publishedLinks: addresses }, { includeDrafts: false }).problems
    expect(listed('/hi/aftercare#washing', '/hi', '/hi/faq#does-it-hurt')).toEqual([])
    expect(listed('/hi/aftercare#no-such-section')).toEqual([
      expect.objectContaining({
        file: 'content/articles/aftercare.md',
        message: expect.stringContaining(
          'the published address /hi/aftercare#no-such-section no longer leads anywhere',
        ),
      }),
    ])
    expect(listed('/hi/links')).toHaveLength(1)
  })

  it('put redirectFrom in the one list of redirects, in every language (links-renamed-with-redirect)', () => {
    const { content } = validateContent(loadSources('links-renamed-with-redirect'), { includeDrafts: false })
    expect(content?.redirects).toEqual([
      { from: '/looking-after-your-scalp', to: '/aftercare', file: 'content/articles/aftercare.md' },
      { from: '/hi/looking-after-your-scalp', to: '/hi/aftercare', file: 'content/articles/aftercare.md' },
    ])
    expect(content?.articles.map((a) => a.slug)).not.toContain('looking-after-your-scalp')
  })

  it('accept an old section id kept with aliases= (links-alias)', () => {
    const sources = loadSources('links-alias')
    expect(sources.publishedLinks).toContain('/aftercare#washing')
    expect(validateContent(sources, { includeDrafts: false }).problems).toEqual([])
  })

  it('read and write the file sorted, one a line, without blanks or # notes', () => {
    const text = readFileSync(caseFiles('links-alias').get('published-links.txt')!, 'utf8')
    expect(parsePublishedLinks(`# note\n\n${text}`)).toEqual(parsePublishedLinks(text))
    expect(formatPublishedLinks(['/b', '/a', '/b'])).toBe('/a\n/b\n')
  })

  it('the committed content/published-links.txt is sorted and has every address of today', () => {
    const text = readFileSync('content/published-links.txt', 'utf8')
    expect(formatPublishedLinks(parsePublishedLinks(text))).toBe(text)
    expect(parsePublishedLinks(text)).toContain('/aftercare#after-your-session')
  })
})

describe('the content step records new addresses (recordPublishedLinks)', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-links-'))
    writeFileSync(join(dir, 'published-links.txt'), '/b\n')
    return dir
  }

  it('adds them to the file, sorted, and says how many', () => {
    const dir = setup()
    const message = recordPublishedLinks(dir, ['/b'], ['/a', '/b', '/c'], { ci: false })
    expect(message).toContain('added 2 new address(es)')
    expect(readFileSync(join(dir, 'published-links.txt'), 'utf8')).toBe('/a\n/b\n/c\n')
  })

  it('does not write in CI, and says what is waiting', () => {
    const dir = setup()
    expect(recordPublishedLinks(dir, ['/b'], ['/a', '/b'], { ci: true })).toContain('1 new address(es) are not yet in')
    expect(readFileSync(join(dir, 'published-links.txt'), 'utf8')).toBe('/b\n')
  })

  it('keeps addresses that are no longer current but still resolve (a redirect or an alias)', () => {
    const dir = setup()
    recordPublishedLinks(dir, ['/b'], ['/a'], { ci: false })
    expect(readFileSync(join(dir, 'published-links.txt'), 'utf8')).toBe('/a\n/b\n')
  })
})
