import { describe, expect, it } from 'vitest'
import { getContent } from '@/lib/content'
import { locales, localePath } from '@/lib/i18n/locales'
import { fixedPagesIn } from '@/lib/pages/directory'
import { articlePath, faqAnswerPath, sectionHref } from '@/lib/routes'
import { searchDocuments, sectionsOf } from '@/lib/search/documents'

describe.each(locales)('searchDocuments (%s)', (locale) => {
  const content = getContent(locale)
  const documents = searchDocuments(content)
  const byHref = new Map(documents.map((document) => [document.href, document]))

  it('gives every place one address', () => {
    expect(byHref.size).toBe(documents.length)
  })

  it('holds every article and every section of it (h2 and h3), titled by its heading, with its text', () => {
    for (const article of content.articles) {
      const page = localePath(locale, articlePath(article.slug))
      expect(byHref.get(page)?.title).toBe(article.title)
      for (const heading of article.headings) {
        const section = byHref.get(sectionHref(page, heading.id))
        expect(section, `${page}#${heading.id}`).toMatchObject({
          kind: 'section',
          title: heading.text,
          page: article.title,
        })
        expect(section!.text.length, `${page}#${heading.id} has text`).toBeGreaterThan(0)
      }
    }
  })

  it('holds every FAQ answer, every glossary term and the pages that are not articles', () => {
    for (const faq of content.faqs)
      expect(byHref.get(localePath(locale, faqAnswerPath(faq.id)))).toMatchObject({
        title: faq.question,
        text: faq.text,
      })
    const glossary = content.articles.find((article) => article.extras.includes('glossary'))!
    for (const term of content.glossary.terms)
      expect(byHref.get(sectionHref(localePath(locale, articlePath(glossary.slug)), term.id))?.title).toBe(term.term)
    const fixed = fixedPagesIn(locale)
    for (const page of [fixed.home, fixed.faq, fixed.selfCheck, fixed.planner])
      expect(byHref.get(page.path)?.title).toBe(page.title)
  })

  it('keeps only what a reader reads: no "#" links, hidden labels or citation numbers', () => {
    const { sections } = sectionsOf(
      '<p>Intro.</p><h2 id="a">Alpha<a class="heading-anchor" href="#a"><span aria-hidden="true">#</span><span class="sr-only">Link to the section “Alpha”</span></a></h2><p>One<sup class="citation"><a href="#s">1</a></sup> two.</p><ul><li>three</li><li>four</li></ul>',
    )
    expect(sections).toEqual([{ id: 'a', title: 'Alpha', text: 'One two. three four' }])
    for (const document of documents) expect(document.text).not.toMatch(/Link to the section/)
  })
})

describe('sectionsOf', () => {
  it('gives the text before the first heading, and cuts an h2 at its first h3', () => {
    const { intro, sections } = sectionsOf(
      '<p>Lead.</p><h2 id="a">A</h2><p>a</p><h3 id="b">B</h3><p>b</p><h2 id="c">C</h2><p>c</p>',
    )
    expect(intro).toBe('Lead.')
    expect(sections.map(({ id, text }) => [id, text])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c'],
    ])
  })
})
