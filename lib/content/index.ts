// The site's content, checked once when first used: pages import from here, never from
// contentlayer/generated directly, so nothing unchecked can reach a page.
// Contentlayer names a singleton after its type in the singular: Regions → region, References → reference.
import { aftercareSchedule, allArticles, allFaqs, glossary, reference, region, site } from 'contentlayer/generated'
import { formatProblem, type Article, type Content } from './model'
import { toSourceDocument } from './sources'
import { validateContent } from './validate'

export type { Article, Faq } from './model'

let cached: Content | undefined

export function getContent(): Content {
  if (cached) return cached
  const { problems, content } = validateContent(
    {
      articles: allArticles.map((doc) => toSourceDocument(doc)),
      faqs: allFaqs.map((doc) => toSourceDocument(doc)),
      site: site ? [toSourceDocument(site)] : [],
      aftercareSchedule: aftercareSchedule ? [toSourceDocument(aftercareSchedule)] : [],
      regions: region ? [toSourceDocument(region)] : [],
      references: reference ? [toSourceDocument(reference)] : [],
      glossary: glossary ? [toSourceDocument(glossary)] : [],
    },
    // Drafts show only on the editor's preview (npm run dev), never in a build or a test.
    { includeDrafts: process.env.NODE_ENV === 'development' },
  )
  if (!content) throw new Error(`The content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`)
  cached = content
  return content
}

export const getArticles = () => getContent().articles
export const getSite = () => getContent().site
export const getAftercareSchedule = () => getContent().aftercareSchedule
export const getRegion = () => getContent().region
export const getReferences = () => getContent().references
export const getGlossary = () => getContent().glossary
export const getArticle = (slug: string): Article | undefined => getArticles().find((article) => article.slug === slug)

/** The topics before and after this one, in navigation order. */
export function getNeighbours(slug: string): { previous?: Article; next?: Article } {
  const articles = getArticles()
  const index = articles.findIndex((article) => article.slug === slug)
  if (index === -1) return {}
  return { previous: articles[index - 1], next: articles[index + 1] }
}
