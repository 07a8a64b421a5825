// Articles: the file name becomes the address, the front matter is checked, the body filled in.
import { toHtml } from 'hast-util-to-html'
import { articlePath, pageSectionIds, reservedSlugs } from '@/lib/routes'
import { enrichDocument, type EnrichContext } from './documents'
import { headingsOf } from './headings'
import type { Article, ContentProblem, SourceDocument } from './model'
import { fileStem, slugPattern, zodProblems } from './problems'
import { articleFrontMatter, type ArticleFrontMatter } from './schema'

export type ParsedArticle = { source: SourceDocument; slug: string; frontMatter: ArticleFrontMatter }
/** An article while it is checked: its filled-in tree is what the link and image checks read. */
export type CheckedArticle = Article & { tree: SourceDocument['tree'] }

function slugProblems(file: string, slug: string): ContentProblem[] {
  if (!slugPattern.test(slug)) {
    return [
      {
        file,
        message: `the file name "${slug}" must be lower-case words joined by hyphens: it becomes the page address`,
      },
    ]
  }
  if (reservedSlugs.has(slug)) {
    return [
      {
        file,
        message: `the file name "${slug}" would take the address /${slug}, which the site already uses: rename the file`,
      },
    ]
  }
  return []
}

export function parseArticles(sources: SourceDocument[], problems: ContentProblem[]): ParsedArticle[] {
  return sources.flatMap((source) => {
    const slug = fileStem(source.file)
    problems.push(...slugProblems(source.file, slug))
    const parsed = articleFrontMatter.safeParse(source.data)
    if (parsed.success) return [{ source, slug, frontMatter: parsed.data }]
    problems.push(...zodProblems(source.file, parsed.error, undefined, articleFrontMatter))
    return []
  })
}

/** The path of the one article that shows the glossary, if there is exactly one (else a problem). */
export function glossaryPagePath(
  articles: ParsedArticle[],
  hasGlossary: boolean,
  problems: ContentProblem[],
): string | undefined {
  const pages = articles.filter((a) => a.frontMatter.extras?.includes('glossary'))
  if (hasGlossary && pages.length !== 1) {
    problems.push({
      file: pages[1]?.source.file ?? 'content/glossary.yaml',
      message: `exactly one article must show the glossary with "extras: [glossary]" (found ${pages.length})`,
    })
  }
  return pages.length === 1 ? articlePath(pages[0]!.slug) : undefined
}

export function buildArticles(
  parsed: ParsedArticle[],
  context: EnrichContext,
  problems: ContentProblem[],
): CheckedArticle[] {
  return parsed.map(({ source, slug, frontMatter }) => {
    const { tree, citations } = enrichDocument(
      source,
      { allowCitations: true, ownPath: articlePath(slug) },
      context,
      problems,
    )
    const headings = headingsOf(tree)
    for (const heading of headings.filter((h) => pageSectionIds.has(h.id))) {
      problems.push({
        file: source.file,
        message: `the heading "${heading.text}" would share its link #${heading.id} with a section the page adds: reword it`,
      })
    }
    if (frontMatter.sources === 'none' && citations.length > 0) {
      problems.push({
        file: source.file,
        field: 'sources',
        message: 'is "none", but the page cites sources: remove "sources: none" or the citations',
      })
    }
    const html = toHtml(tree)
    return {
      ...frontMatter,
      draft: frontMatter.draft ?? false,
      extras: frontMatter.extras ?? [],
      slug,
      file: source.file,
      html,
      headings,
      citations,
      tree,
    }
  })
}
