import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { groupFaqs } from '@/lib/faq/group'
import { listPages } from '@/lib/pages/directory'
import { faq } from '@/tests/fixtures/faq'

const content = getContent()

describe('listPages', () => {
  const pages = listPages(content)

  it('lists the home page first and every published article once, with unique paths', () => {
    expect(pages[0]?.path).toBe('/')
    const paths = pages.map((page) => page.path)
    expect(new Set(paths).size).toBe(paths.length)
    for (const article of content.articles) expect(paths).toContain(`/${article.slug}`)
  })

  it('gives each article its h2 sections and its review date', () => {
    for (const article of content.articles) {
      const page = pages.find((p) => p.path === `/${article.slug}`)!
      expect(page.title).toBe(article.title)
      expect(page.lastReviewed).toBe(article.lastReviewed)
      const termIds = article.extras.includes('glossary') ? content.glossary.terms.map((t) => t.id) : []
      expect(page.sections.map((s) => s.id)).toEqual([
        ...article.headings.filter((h) => h.level === 2).map((h) => h.id),
        ...termIds,
      ])
    }
  })

  it('gives the glossary page a section for every term, so staff can link to /glossary#term', () => {
    const glossaryPage = pages.find((p) => p.path === '/glossary')!
    expect(glossaryPage.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(content.glossary.terms.map((t) => t.id)),
    )
    expect(content.glossary.terms.length).toBeGreaterThan(0)
  })

  it('makes every FAQ answer a section of /faq, in page order, dated by the latest review', () => {
    const faqPage = pages.find((p) => p.path === '/faq')!
    expect(faqPage.sections.map((s) => s.id)).toEqual(groupFaqs(content.faqs).flatMap((g) => g.faqs.map((f) => f.id)))
    expect(faqPage.lastReviewed).toBe(
      content.faqs
        .map((f) => f.lastReviewed)
        .sort()
        .at(-1),
    )
  })

  it('leaves out drafts', () => {
    const draft = { ...content.articles[0]!, slug: 'a-draft', draft: true }
    expect(
      listPages({
        articles: [...content.articles, draft],
        faqs: [faq({ id: 'x' })],
        glossary: content.glossary,
        site: content.site,
      }).map((p) => p.path),
    ).not.toContain('/a-draft')
  })
})
