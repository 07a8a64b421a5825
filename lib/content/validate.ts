// One place that decides whether the content is publishable, in the content step
// (lib/content/check.ts): each kind of check lives in its own module, in the order they depend on
// each other (settings, then documents, then the links between them).
import { dayCountProblems } from '@/lib/aftercare/day-counts'
import { lastingProblems } from '@/lib/aftercare/lasting'
import { readMoreProblems } from '@/lib/aftercare/read-more'
import { articlePath } from '@/lib/routes'
import { buildArticles, glossaryPagePath, parseArticles, type CheckedArticle } from './articles'
import { imageProblems } from './documents'
import { emptyBodyProblems } from './empty'
import { buildFaqs, faqProblems, type CheckedFaq } from './faqs'
import { defaultPublicDir } from './images'
import { linkProblems, linkTargets } from './link-targets'
import type { Content, ContentProblem, SourceDocument, TranslatedContent } from './model'
import { idsOf } from './headings'
import { duplicates } from './problems'
import { articleRedirects, currentAddresses, publishedLinkProblems, withTranslatedRedirects } from './published-links'
import { checkSettings, type SettingsSources } from './settings'
import { translatedLocales, type TranslatedLocale } from '@/lib/i18n/locales'
import { buildTranslation, type TranslationSources } from './translations'

export type ContentSources = SettingsSources & {
  articles: SourceDocument[]
  faqs: SourceDocument[]
  /** content/published-links.txt, one address a line (lib/content/published-links.ts); absent: none yet. */
  publishedLinks?: string[]
  /** Each translated language's files (content/hi/…); a language without any shows the English everywhere. */
  translations?: Partial<Record<TranslatedLocale, TranslationSources>>
}
export type ValidationResult = {
  problems: ContentProblem[]
  /** What the editor should know but does not stop the build (a translation made from an older English page). */
  warnings: ContentProblem[]
  content?: Content
  /** What a patient reads (published, filled in), for the reading-grade check; set when content is. */
  prose?: { articles: CheckedArticle[]; faqs: CheckedFaq[] }
  /** The translated pages, for the translated languages' plain-language check (sentence length). */
  translatedProse?: { file: string; tree: CheckedArticle['tree'] }[]
  /** Every address the site publishes now (for content/published-links.txt); set when content is. */
  addresses?: string[]
}

export function validateContent(
  sources: ContentSources,
  // publicDir: where the files images point at live (public/ unless a test says otherwise).
  { includeDrafts, publicDir = defaultPublicDir() }: { includeDrafts: boolean; publicDir?: string },
): ValidationResult {
  const problems: ContentProblem[] = []
  const warnings: ContentProblem[] = []
  const { site, aftercareSchedule, region, regions, references, glossary } = checkSettings(sources, problems)

  const parsedArticles = parseArticles(sources.articles, problems)
  const glossaryPath = glossaryPagePath(parsedArticles, Boolean(glossary), problems)
  const context = { region, glossary, references, glossaryPath }
  const articles = buildArticles(parsedArticles, context, problems)
  const faqs = buildFaqs(sources.faqs, context, problems)

  problems.push(
    ...duplicates(
      articles,
      (a) => a.slug,
      (a) => a.file,
      (slug) => `the address /${slug}`,
    ),
    ...duplicates(
      articles,
      (a) => a.title.toLowerCase(),
      (a) => a.file,
      (title) => `title: the title "${title}"`,
    ),
    ...duplicates(
      faqs,
      (f) => f.id,
      (f) => f.file,
      (id) => `the answer link /faq#${id}`,
    ),
    ...duplicates(
      faqs,
      (f) => f.question.toLowerCase(),
      (f) => f.file,
      (q) => `question: the question "${q}"`,
    ),
  )

  // Two elements with one id: a link lands on the first only (an alias may not take a heading's id).
  for (const article of articles) {
    const ids = idsOf(article.tree)
    for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) {
      problems.push({
        file: article.file,
        message: `the link #${id} is used twice on the page (two headings, or a heading and an old id in aliases=): give one of them another id`,
      })
    }
  }
  const redirects = articleRedirects(articles, problems)

  // Only what will be published can be linked to, and only its links are checked: a draft may
  // point at pages that do not exist yet.
  const published = articles.filter((article) => includeDrafts || !article.draft)
  problems.push(...faqProblems(faqs, new Set(published.map((a) => a.slug))))
  const targets = linkTargets(published, faqs, glossaryPath, glossary)
  problems.push(...linkProblems(published, faqs, targets))
  // A redirect to a draft leads nowhere in a build, so only published pages' redirects count.
  const liveRedirects = redirects.filter((r) => published.some((a) => articlePath(a.slug) === r.to))
  problems.push(...publishedLinkProblems(sources.publishedLinks ?? [], targets, liveRedirects, glossaryPath))
  if (aftercareSchedule) {
    const file = sources.aftercareSchedule[0]!.file
    const pages = published.map((a) => ({ path: articlePath(a.slug), tree: a.tree }))
    problems.push(
      ...readMoreProblems(aftercareSchedule, file, targets),
      ...dayCountProblems(aftercareSchedule, file, pages),
      ...lastingProblems(aftercareSchedule, file, pages),
    )
  }
  problems.push(...imageProblems([...published, ...faqs], publicDir))
  problems.push(...emptyBodyProblems([...published, ...faqs]))

  // Each translated language, checked against the English and falling back to it page by page.
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order
  published.sort(byOrder)
  faqs.sort(byOrder)
  const english = {
    articles,
    published,
    faqs,
    targets,
    references,
    glossaryPath,
    settings: { site, regions, region, glossary, aftercareSchedule },
  }
  const translated = translatedLocales.map(
    (locale) =>
      [
        locale,
        buildTranslation(locale, sources.translations?.[locale], english, { includeDrafts }, problems, warnings),
      ] as const,
  )
  const translatedProse = translated.flatMap(([, build]) => build.prose)
  problems.push(...imageProblems(translatedProse, publicDir), ...emptyBodyProblems(translatedProse))

  if (problems.length > 0 || !site || !aftercareSchedule || !region || !references || !glossary)
    return { problems, warnings, translatedProse }
  const translations = Object.fromEntries(translated.map(([locale, build]) => [locale, build.content!])) as Record<
    TranslatedLocale,
    TranslatedContent
  >
  return {
    problems,
    warnings,
    content: {
      locale: 'en',
      digits: 'latin',
      articles: published.map(({ tree: _tree, ...article }) => article),
      faqs: faqs.map(({ tree: _tree, ...faq }) => faq),
      translations,
      site,
      region,
      aftercareSchedule,
      references,
      glossary,
      redirects: withTranslatedRedirects(liveRedirects),
    },
    prose: { articles: published, faqs },
    translatedProse,
    addresses: currentAddresses(published, faqs, glossaryPath, glossary),
  }
}
