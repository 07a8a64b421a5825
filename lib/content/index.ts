// The site's content, as the content step checked it (lib/content/check.ts writes .content/):
// pages import from here, never from contentlayer/generated, so nothing unchecked reaches a page
// and the check does not run again in every build worker.
import checked from '@content/checked'
import { defaultLocale, type Locale, type TranslatedLocale } from '@/lib/i18n/locales'
import { formatProblem, type Article, type Content } from './model'

export type { Article, Faq } from './model'

/**
 * The content in a language: a translated language's pages, glossary, schedule and country wording over
 * the English content (which keeps everything that is not words: the site's settings, the references, ...).
 */
export function getContent(locale: Locale = defaultLocale): Content {
  const english = checkedContent()
  if (locale === defaultLocale) return english
  const { site, ...translated } = english.translations[locale as TranslatedLocale]
  return { ...english, ...translated, site: site ?? english.site, locale }
}

function checkedContent(): Content {
  // Only the dev watcher writes problems (the build stops at them): Next shows this in the browser.
  if (!checked.content) {
    throw new Error(
      `The content has ${checked.problems.length} problem(s):\n${checked.problems.map(formatProblem).join('\n')}`,
    )
  }
  // Drafts show only on the editor's preview (npm run dev), never in a build or a test.
  if (checked.includeDrafts && process.env.NODE_ENV !== 'development') {
    throw new Error('.content/ holds the preview with drafts (written by npm run dev): run `npm run content` first')
  }
  return checked.content
}

export const getArticles = (locale?: Locale) => getContent(locale).articles
export const getSite = () => getContent().site
export const getRegion = (locale?: Locale) => getContent(locale).region
export const getArticle = (slug: string, locale?: Locale): Article | undefined =>
  getArticles(locale).find((article) => article.slug === slug)

/** The topics before and after this one, in navigation order. */
export function getNeighbours(slug: string, locale?: Locale): { previous?: Article; next?: Article } {
  const articles = getArticles(locale)
  const index = articles.findIndex((article) => article.slug === slug)
  if (index === -1) return {}
  return { previous: articles[index - 1], next: articles[index + 1] }
}
