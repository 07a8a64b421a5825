// What the search index holds, from the checked content of one language (getContent(locale)): every page (its
// description and the text before its first heading), every section of every article (each h2 and h3 with its id,
// up to the next heading), every FAQ answer and every glossary term, each with the address that reaches it.
// Run by the content step (scripts/search/build.ts); the search page's A to Z list reads the same documents.
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString as hastToString } from 'hast-util-to-string'
import type { Content } from '@/lib/content/model'
import { groupFaqs } from '@/lib/faq/group'
import { localePath } from '@/lib/i18n/locales'
import { fixedPagesIn } from '@/lib/pages/directory'
import { articlePath, sectionHref, staticRoutes } from '@/lib/routes'
import type { SearchDocument } from './options'

export type SearchContent = Pick<Content, 'locale' | 'articles' | 'faqs' | 'glossary'>

const classes = (node: Element) => {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

/** What a reader reads: no "#" heading links, no citation numbers, no visually hidden labels. */
function readable(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .filter(
      (node) =>
        node.type !== 'element' ||
        !['heading-anchor', 'citation', 'sr-only'].some((name) => classes(node).includes(name)),
    )
    .map((node) => (node.type === 'element' ? { ...node, children: readable(node.children) } : node))
}

/** Plain text with blocks kept apart ("…day.Avoid…" would otherwise run together) and spaces collapsed. */
function plainText(nodes: ElementContent[]): string {
  const blocks = /^(p|li|h[1-6]|figcaption|td|th|dt|dd|blockquote|pre)$/
  const spaced = (list: ElementContent[]): ElementContent[] =>
    list.map((node) =>
      node.type === 'element'
        ? {
            ...node,
            children: [
              ...spaced(node.children),
              ...(blocks.test(node.tagName) ? [{ type: 'text' as const, value: ' ' }] : []),
            ],
          }
        : node,
    )
  const root: Root = { type: 'root', children: spaced(readable(nodes)) }
  return hastToString(root).replace(/\s+/g, ' ').trim()
}

const headingLevel = (node: ElementContent) =>
  node.type === 'element' && /^h[23]$/.test(node.tagName) && typeof node.properties.id === 'string'
    ? Number(node.tagName[1])
    : undefined

/**
 * An article's body cut at each h2 and h3 that has an id: the text before the first heading, then each heading's
 * own text (an h2's section stops at its first h3, which is a section of its own).
 */
export function sectionsOf(html: string): { intro: string; sections: { id: string; title: string; text: string }[] } {
  const tree = fromHtml(html, { fragment: true })
  const children = tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
  const starts = children.flatMap((node, index) => (headingLevel(node) ? [index] : []))
  const intro = plainText(children.slice(0, starts[0] ?? children.length))
  const sections = starts.map((start, i) => {
    const heading = children[start] as Element
    return {
      id: heading.properties.id as string,
      title: plainText([heading]),
      text: plainText(children.slice(start + 1, starts[i + 1] ?? children.length)),
    }
  })
  return { intro, sections }
}

/** Every searchable place of the content's language, each page followed by its sections. */
export function searchDocuments(content: SearchContent): SearchDocument[] {
  const { locale } = content
  const fixed = fixedPagesIn(locale)
  const glossaryPage = content.articles.find((article) => article.extras.includes('glossary'))
  const articles = content.articles
    .filter((article) => !article.draft)
    .flatMap((article): SearchDocument[] => {
      const href = localePath(locale, articlePath(article.slug))
      const { intro, sections } = sectionsOf(article.html)
      return [
        { href, kind: 'page', title: article.title, page: article.title, text: `${article.description} ${intro}` },
        ...sections.map((section): SearchDocument => ({
          href: sectionHref(href, section.id),
          kind: 'section',
          title: section.title,
          page: article.title,
          text: section.text,
        })),
        ...(article === glossaryPage
          ? content.glossary.terms.map((term): SearchDocument => ({
              href: sectionHref(href, term.id),
              kind: 'term',
              title: term.term,
              page: article.title,
              text: [term.definition, ...(term.also ?? [])].join(' '),
            }))
          : []),
      ]
    })
  const faqPath = localePath(locale, staticRoutes.faq)
  const faqs = groupFaqs(content.faqs).flatMap((group) =>
    group.faqs.map((faq): SearchDocument => ({
      href: sectionHref(faqPath, faq.id),
      kind: 'faq',
      title: faq.question,
      page: fixed.faq.title,
      text: faq.text,
    })),
  )
  const tools = [fixed.selfCheck, fixed.planner].map((page): SearchDocument => ({
    href: page.path,
    kind: 'page',
    title: page.title,
    page: page.title,
    text: page.description,
  }))
  return [
    {
      href: fixed.home.path,
      kind: 'page',
      title: fixed.home.title,
      page: fixed.home.title,
      text: fixed.home.description,
    },
    ...articles,
    { href: faqPath, kind: 'page', title: fixed.faq.title, page: fixed.faq.title, text: fixed.faq.description },
    ...faqs,
    ...tools,
  ]
}
