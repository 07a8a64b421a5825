import { describe, expect, it } from 'vitest'
import { buildArticles, glossaryPagePath, parseArticles } from '@/lib/content/articles'
import type { ContentProblem } from '@/lib/content/model'
import { loadSources } from '@/tests/support/content'

describe('parseArticles', () => {
  it('takes the slug from the file name and checks the front matter', () => {
    const problems: ContentProblem[] = []
    const parsed = parseArticles(loadSources().articles, problems)
    expect(problems).toEqual([])
    expect(parsed.map((a) => a.slug)).toContain('what-is-smp')
  })

  it('reports a file name that is not an address', () => {
    const problems: ContentProblem[] = []
    parseArticles(loadSources('article-bad-file-name').articles, problems)
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('must be lower-case words joined by hyphens') }),
    )
  })
})

describe('glossaryPagePath', () => {
  it('is the one article with "extras: [glossary]"', () => {
    const problems: ContentProblem[] = []
    expect(glossaryPagePath(parseArticles(loadSources().articles, []), true, problems)).toBe('/glossary')
    expect(problems).toEqual([])
  })

  it('is reported when no article shows the glossary', () => {
    const problems: ContentProblem[] = []
    expect(
      glossaryPagePath(parseArticles(loadSources('glossary-no-page').articles, []), true, problems),
    ).toBeUndefined()
    expect(problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('exactly one article must show the glossary') }),
    ])
  })
})

describe('buildArticles', () => {
  it('gives each article its html, headings from the tree, and citations', () => {
    const problems: ContentProblem[] = []
    const [first] = buildArticles(parseArticles(loadSources().articles, []), {}, problems).filter(
      (a) => a.slug === 'what-is-smp',
    )
    expect(problems).toEqual([])
    expect(first?.headings).toEqual([
      { level: 2, id: 'how-smp-works', text: 'How SMP works' },
      { level: 2, id: 'sun--shade', text: 'Sun & shade' },
    ])
    expect(first?.html).toContain('<h2 id="how-smp-works">')
  })
})
