// Where a link inside the site can land (each page and its ids), and the links that miss.
import type { Glossary } from '@/lib/glossary/schema'
import { articlePath, requiredSections, staticRoutes } from '@/lib/routes'
import type { CheckedArticle } from './articles'
import { sourceAnchor } from './enrich'
import { hasHeading, type CheckedFaq } from './faqs'
import { idsOf } from './headings'
import { checkLinks, hrefProblem, type LinkTargets } from './links'
import type { ContentProblem } from './model'

export function linkTargets(
  published: CheckedArticle[],
  faqs: CheckedFaq[],
  glossaryPath: string | undefined,
  glossary: Glossary | undefined,
): LinkTargets {
  const targets = new Map<string, ReadonlySet<string> | null>()
  // The first article with a slug wins, so a duplicate blames only itself; static routes come last
  // and win over an article that takes their name.
  for (const article of published) {
    const path = articlePath(article.slug)
    if (targets.has(path)) continue
    const termIds = path === glossaryPath ? (glossary?.terms ?? []).map((t) => t.id) : []
    // The Sources list the page adds has an entry for each source it cites.
    targets.set(
      path,
      new Set([...idsOf(article.tree), ...termIds, ...article.citations.map(({ id }) => sourceAnchor(id))]),
    )
  }
  targets.set(staticRoutes.home, null)
  targets.set(staticRoutes.selfCheck, null)
  targets.set(staticRoutes.planner, null)
  targets.set(staticRoutes.faq, new Set(faqs.map((f) => f.id)))
  return targets
}

/** Links from published articles and answers that go nowhere, and required sections that are missing. */
export function linkProblems(published: CheckedArticle[], faqs: CheckedFaq[], targets: LinkTargets): ContentProblem[] {
  const problems: ContentProblem[] = []
  const linkingDocs = [
    ...published.map((a) => ({ file: a.file, tree: a.tree, path: articlePath(a.slug) })),
    // An answer with a heading is already refused; its heading's own anchor is not a second problem.
    ...faqs.filter((f) => !hasHeading(f)).map((f) => ({ file: f.file, tree: f.tree, path: staticRoutes.faq })),
  ]
  for (const doc of linkingDocs) {
    for (const message of checkLinks(doc.tree, doc.path, targets)) problems.push({ file: doc.file, message })
  }
  // Every page links to these sections (urgent help, the self-check's warning signs).
  for (const [name, href] of Object.entries(requiredSections)) {
    const slug = href.slice(1).split('#')[0]!
    const file = published.find((a) => a.slug === slug)?.file ?? `content/articles/${slug}.md`
    const message = hrefProblem(href, '/', targets)
    if (message)
      problems.push({
        file,
        message: `${message}: every page links there (${name}), so the page and its heading must exist`,
      })
  }
  return problems
}
