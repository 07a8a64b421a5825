// Every "read more" link of the questions and rules must land on a section that exists: the
// article file under content/articles/ with a heading whose id (rehype-slug: the heading text
// lower-cased with hyphens) is the link's anchor. The articles are edited by others, so this reads
// the markdown files as they are now.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import GithubSlugger from 'github-slugger'
import { describe, expect, it } from 'vitest'
import { questions, rules } from '@/lib/candidacy'

const articlesDir = join(fileURLToPath(new URL('../../../', import.meta.url)), 'content', 'articles')

/** The ids rehype-slug gives the h2 and h3 headings of a markdown file. */
function headingIds(markdown: string): string[] {
  const slugger = new GithubSlugger()
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---/, '')
  const ids: string[] = []
  let fenced = false
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    const match = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (!match) continue
    const text = match[2]!
      .replace(/\[@[^\]]+\]/g, '') // citations
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images
      .replace(/[*_`]/g, '')
      .trim()
    const id = slugger.slug(text)
    if (match[1]!.length === 2 || match[1]!.length === 3) ids.push(id)
  }
  return ids
}

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
