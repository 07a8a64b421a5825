// Every "read more" link of the questions and rules must land on a section that exists: the
// article file under content/articles/ with an h2 or h3 whose id (explicit `{#id}` or from its text)
// is the link's anchor. The articles are edited by others, so this compiles the markdown files as
// they are now, through the site's own pipeline.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { questions, rules } from '@/lib/candidacy'
import { headingsOf } from '@/lib/content/headings'
import { compileMarkdownFile, repoRoot } from '@/tests/support/content'

const articlesDir = join(repoRoot, 'content', 'articles')

/** The ids the site gives the h2 and h3 headings of a markdown file. */
const headingIds = (markdown: string): string[] => headingsOf(compileMarkdownFile(markdown).tree).map((h) => h.id)

const links = [
  ...questions.map((q) => ({ from: `question ${q.id}`, href: q.learnMore })),
  ...rules.map((r) => ({ from: `rule ${r.id}`, href: r.learnMore })),
]

describe('learn-more links', () => {
  it.each(links)('$from → $href lands on a heading', ({ href }) => {
    const [path = '', anchor = ''] = href.split('#')
    const slug = path.replace(/^\//, '')
    const file = join(articlesDir, `${slug}.md`)
    expect(existsSync(file), `${href}: content/articles/${slug}.md does not exist`).toBe(true)
    expect(headingIds(readFileSync(file, 'utf8')), `${href}: no such heading in content/articles/${slug}.md`).toContain(
      anchor,
    )
  })

  it('the hair-loss warning signs go to the agreed section', () => {
    const expected = '/hair-loss-causes#warning-signs-to-see-a-doctor-about'
    expect(rules.find((r) => r.id === 'hair-loss-warning-signs')?.learnMore).toBe(expected)
    expect(questions.find((q) => q.id === 'hairLossSigns')?.learnMore).toBe(expected)
  })

  it('reads heading ids the way rehype-slug writes them', () => {
    expect(
      headingIds('---\ntitle: x\n---\n\n## Warning signs to see a doctor about\n\n### Under-18s\n\n## Under-18s\n'),
    ).toEqual(['warning-signs-to-see-a-doctor-about', 'under-18s', 'under-18s-1'])
  })
})
