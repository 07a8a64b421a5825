// One place that decides whether the content is publishable. The content step
// (scripts/check-content.ts) and the site itself (lib/content/index.ts) both call it.
import type { z } from 'zod'
import { readMoreProblems } from '@/lib/aftercare/read-more'
import { aftercareScheduleSchema, itemHint } from '@/lib/aftercare/schema'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import { articlePath, pageSectionIds, reservedSlugs, staticRoutes } from '@/lib/routes'
import { siteSettingsSchema, type SiteSettings } from '@/lib/site/schema'
import { extractHeadings, extractIds } from './headings'
import { checkImages, defaultPublicDir } from './images'
import { checkLinks } from './links'
import type { Article, Content, ContentProblem, Faq, SourceDocument } from './model'
import { articleFrontMatter, faqFrontMatter } from './schema'

export type ContentSources = { articles: SourceDocument[]; faqs: SourceDocument[]; site: SourceDocument[]; aftercareSchedule: SourceDocument[] }
export type ValidationResult = { problems: ContentProblem[]; content?: Content }

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const fileStem = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')

/** "items[3].lastDay": list positions in brackets, as an editor counts entries in a YAML list (from 0). */
const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('')

// hint: words added to a message to say where it is, e.g. which list item (see itemHint).
function zodProblems(file: string, error: z.ZodError, hint: (path: readonly PropertyKey[]) => string = () => ''): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? fieldPath(issue.path) : undefined,
    message: (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling` : issue.message) + hint(issue.path),
  }))
}

function slugProblems(file: string, slug: string): ContentProblem[] {
  if (!slugPattern.test(slug)) {
    return [{ file, message: `the file name "${slug}" must be lower-case words joined by hyphens: it becomes the page address` }]
  }
  if (reservedSlugs.has(slug)) {
    return [{ file, message: `the file name "${slug}" would take the address /${slug}, which the site already uses: rename the file` }]
  }
  return []
}

/** Reports each value that more than one document uses. */
function duplicates<T>(items: T[], key: (item: T) => string, file: (item: T) => string, describe: (value: string) => string) {
  const seen = new Map<string, string>()
  const problems: ContentProblem[] = []
  for (const item of items) {
    const value = key(item)
    const first = seen.get(value)
    if (first) problems.push({ file: file(item), message: `${describe(value)} is also used by ${first}` })
    else seen.set(value, file(item))
  }
  return problems
}

export function validateContent(
  sources: ContentSources,
  // publicDir: where the files images point at live (public/ unless a test says otherwise).
  { includeDrafts, publicDir = defaultPublicDir() }: { includeDrafts: boolean; publicDir?: string },
): ValidationResult {
  const problems: ContentProblem[] = []

  let site: SiteSettings | undefined
  if (sources.site.length !== 1) {
    problems.push({ file: 'content/site.yaml', message: `there must be exactly one clinic settings file (found ${sources.site.length})` })
  } else {
    const [settings] = sources.site as [SourceDocument]
    const parsed = siteSettingsSchema.safeParse(settings.data)
    if (parsed.success) site = parsed.data
    else problems.push(...zodProblems(settings.file, parsed.error))
  }

  const scheduleFile = 'content/aftercare-schedule.yaml'
  let aftercareSchedule: AftercareSchedule | undefined
  if (sources.aftercareSchedule.length !== 1) {
    problems.push({ file: scheduleFile, message: `there must be exactly one aftercare schedule file (found ${sources.aftercareSchedule.length})` })
  } else {
    const [schedule] = sources.aftercareSchedule as [SourceDocument]
    const parsed = aftercareScheduleSchema.safeParse(schedule.data)
    if (parsed.success) aftercareSchedule = parsed.data
    else problems.push(...zodProblems(schedule.file, parsed.error, (path) => itemHint(schedule.data, path)))
  }

  const articles: Article[] = []
  for (const source of sources.articles) {
    const slug = fileStem(source.file)
    problems.push(...slugProblems(source.file, slug))
    const parsed = articleFrontMatter.safeParse(source.data)
    if (!parsed.success) {
      problems.push(...zodProblems(source.file, parsed.error))
      continue
    }
    for (const heading of extractHeadings(source.html).filter((h) => pageSectionIds.has(h.id))) {
      problems.push({ file: source.file, message: `the heading "${heading.text}" would share its link #${heading.id} with a section the page adds: reword it` })
    }
    articles.push({ ...parsed.data, draft: parsed.data.draft ?? false, slug, file: source.file, html: source.html, headings: extractHeadings(source.html) })
  }

  const faqs: Faq[] = []
  for (const source of sources.faqs) {
    const id = fileStem(source.file)
    if (!slugPattern.test(id)) problems.push({ file: source.file, message: `the file name "${id}" must be lower-case words joined by hyphens: it becomes the answer's link /faq#${id}` })
    const parsed = faqFrontMatter.safeParse(source.data)
    if (!parsed.success) {
      problems.push(...zodProblems(source.file, parsed.error))
      continue
    }
    faqs.push({ ...parsed.data, id, file: source.file, html: source.html })
  }

  problems.push(
    ...duplicates(articles, (a) => a.slug, (a) => a.file, (slug) => `the address /${slug}`),
    ...duplicates(articles, (a) => a.title.toLowerCase(), (a) => a.file, (title) => `title: the title "${title}"`),
    ...duplicates(faqs, (f) => f.id, (f) => f.file, (id) => `the answer link /faq#${id}`),
    ...duplicates(faqs, (f) => f.question.toLowerCase(), (f) => f.file, (q) => `question: the question "${q}"`),
  )

  // Only what will be published can be linked to, and only its links are checked: a draft may
  // point at pages that do not exist yet.
  const published = articles.filter((article) => includeDrafts || !article.draft)
  const publishedSlugs = new Set(published.map((a) => a.slug))
  const hasHeading = (faq: Faq) => /<h[1-6][\s>]/.test(faq.html)
  for (const faq of faqs) {
    if (hasHeading(faq)) {
      problems.push({ file: faq.file, message: 'headings are not allowed in an FAQ answer: keep the answer short, or move the detail into an article' })
    }
    for (const slug of faq.related) {
      if (!publishedSlugs.has(slug)) problems.push({ file: faq.file, field: 'related', message: `"${slug}" is not a published article (articles: ${[...publishedSlugs].sort().join(', ')})` })
    }
  }

  const targets = new Map<string, ReadonlySet<string> | null>()
  // The first article with a slug wins, so a duplicate blames only itself; static routes come last
  // and win over an article that takes their name.
  for (const article of published) {
    if (!targets.has(articlePath(article.slug))) targets.set(articlePath(article.slug), new Set(extractIds(article.html)))
  }
  targets.set(staticRoutes.home, null)
  targets.set(staticRoutes.selfCheck, null)
  targets.set(staticRoutes.planner, null)
  targets.set(staticRoutes.faq, new Set(faqs.map((f) => f.id)))
  const linkingDocs = [
    ...published.map((a) => ({ file: a.file, html: a.html, path: articlePath(a.slug) })),
    // An answer with a heading is already refused; its heading's own anchor is not a second problem.
    ...faqs.filter((f) => !hasHeading(f)).map((f) => ({ file: f.file, html: f.html, path: staticRoutes.faq })),
  ]
  for (const doc of linkingDocs) {
    for (const message of checkLinks(doc.html, doc.path, targets)) problems.push({ file: doc.file, message })
  }
  if (aftercareSchedule) problems.push(...readMoreProblems(aftercareSchedule, sources.aftercareSchedule[0]!.file, targets))
  for (const doc of [...published, ...faqs]) {
    for (const message of checkImages(doc.html, publicDir)) problems.push({ file: doc.file, message })
  }

  if (problems.length > 0 || !site || !aftercareSchedule) return { problems }
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order
  return { problems, content: { articles: published.sort(byOrder), faqs: faqs.sort(byOrder), site, aftercareSchedule } }
}
