// FAQ answers: the file name becomes the answer's link (/faq#id), the front matter is checked,
// the body filled in; an answer has no headings and points at published articles.
import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { staticRoutes } from '@/lib/routes'
import { enrichDocument, type EnrichContext } from './documents'
import { plainText } from './plain-text'
import type { ContentProblem, Faq, SourceDocument } from './model'
import { fileStem, slugPattern, zodProblems } from './problems'
import { faqFrontMatter } from './schema'

export type CheckedFaq = Faq & { tree: Root }

export function buildFaqs(sources: SourceDocument[], context: EnrichContext, problems: ContentProblem[]): CheckedFaq[] {
  return sources.flatMap((source) => {
    const id = fileStem(source.file)
    if (!slugPattern.test(id))
      problems.push({
        file: source.file,
        message: `the file name "${id}" must be lower-case words joined by hyphens: it becomes the answer's link /faq#${id}`,
      })
    const parsed = faqFrontMatter.safeParse(source.data)
    if (!parsed.success) {
      problems.push(...zodProblems(source.file, parsed.error, undefined, faqFrontMatter))
      return []
    }
    const { tree } = enrichDocument(source, { allowCitations: false, ownPath: staticRoutes.faq }, context, problems)
    return [{ ...parsed.data, id, file: source.file, html: toHtml(tree), text: plainText(tree), tree }]
  })
}

export function hasHeading(faq: { tree: Root }): boolean {
  let found = false
  visit(faq.tree, 'element', (node: Element) => {
    if (/^h[1-6]$/.test(node.tagName)) found = true
  })
  return found
}

/** No headings in an answer, and every related article published. */
export function faqProblems(faqs: CheckedFaq[], publishedSlugs: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const faq of faqs) {
    if (hasHeading(faq)) {
      problems.push({
        file: faq.file,
        message: 'headings are not allowed in an FAQ answer: keep the answer short, or move the detail into an article',
      })
    }
    for (const slug of faq.related) {
      if (!publishedSlugs.has(slug))
        problems.push({
          file: faq.file,
          field: 'related',
          message: `"${slug}" is not a published article (articles: ${[...publishedSlugs].sort().join(', ')})`,
        })
    }
  }
  return problems
}
