// One place that decides whether the content is publishable. The content step
// (scripts/check-content.ts) and the site itself (lib/content/index.ts) both call it.
import type { z } from 'zod'
import { dayCountProblems } from '@/lib/aftercare/day-counts'
import { readMoreProblems } from '@/lib/aftercare/read-more'
import { aftercareScheduleSchema, itemHint } from '@/lib/aftercare/schema'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import { glossarySchema, type Glossary } from '@/lib/glossary/schema'
import { articlePath, pageSectionIds, requiredSections, reservedSlugs, staticRoutes } from '@/lib/routes'
import { regionsSchema, type Region } from '@/lib/site/regions'
import { siteSettingsSchema, type SiteSettings } from '@/lib/site/schema'
import { enrichHtml, sourceAnchor, type EnrichOptions } from './enrich'
import { extractHeadings, extractIds } from './headings'
import { checkImages, defaultPublicDir } from './images'
import { checkLinks } from './links'
import type { Article, Content, ContentProblem, Faq, SourceDocument } from './model'
import { referencesSchema, type References } from './references'
import { articleFrontMatter, faqFrontMatter } from './schema'

export type ContentSources = {
  articles: SourceDocument[]
  faqs: SourceDocument[]
  site: SourceDocument[]
  aftercareSchedule: SourceDocument[]
  regions: SourceDocument[]
  references: SourceDocument[]
  glossary: SourceDocument[]
}
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

  const singleton = <T>(docs: SourceDocument[], file: string, what: string, schema: z.ZodType<T>, hint?: (data: unknown, path: readonly PropertyKey[]) => string) => {
    if (docs.length !== 1) {
      problems.push({ file, message: `there must be exactly one ${what} file (found ${docs.length})` })
      return undefined
    }
    const [doc] = docs as [SourceDocument]
    const parsed = schema.safeParse(doc.data)
    if (parsed.success) return parsed.data
    problems.push(...zodProblems(doc.file, parsed.error, hint && ((path) => hint(doc.data, path))))
    return undefined
  }
  const siteFile = 'content/site.yaml'
  const site: SiteSettings | undefined = singleton(sources.site, siteFile, 'clinic settings', siteSettingsSchema)
  const aftercareSchedule: AftercareSchedule | undefined = singleton(
    sources.aftercareSchedule,
    'content/aftercare-schedule.yaml',
    'aftercare schedule',
    aftercareScheduleSchema,
    itemHint,
  )
  const regions = singleton(sources.regions, 'content/regions.yaml', 'country help (regions)', regionsSchema)
  const references: References | undefined = singleton(sources.references, 'content/references.yaml', 'sources (references)', referencesSchema)
  const glossary: Glossary | undefined = singleton(sources.glossary, 'content/glossary.yaml', 'glossary', glossarySchema)

  let region: Region | undefined
  if (site && regions) {
    region = regions.regions[site.countryCode]
    if (!region) {
      const known = Object.keys(regions.regions).sort().join(', ')
      problems.push({
        file: sources.site[0]?.file ?? siteFile,
        field: 'countryCode',
        message: `"${site.countryCode}" has no entry in content/regions.yaml (it has ${known}): add the country there, or use one of those codes`,
      })
    }
  }
  if (glossary) {
    problems.push(...duplicates(glossary.terms, (t) => t.id, () => 'content/glossary.yaml', (id) => `terms: the id "${id}"`))
  }

  const parsedArticles = sources.articles.flatMap((source) => {
    const slug = fileStem(source.file)
    problems.push(...slugProblems(source.file, slug))
    const parsed = articleFrontMatter.safeParse(source.data)
    if (parsed.success) return [{ source, slug, frontMatter: parsed.data }]
    problems.push(...zodProblems(source.file, parsed.error))
    return []
  })

  // The one article that shows the glossary is where every glossary link points.
  const glossaryPages = parsedArticles.filter((a) => a.frontMatter.extras?.includes('glossary'))
  if (glossary && glossaryPages.length !== 1) {
    problems.push({
      file: glossaryPages[1]?.source.file ?? 'content/glossary.yaml',
      message: `exactly one article must show the glossary with "extras: [glossary]" (found ${glossaryPages.length})`,
    })
  }
  const glossaryPath = glossaryPages.length === 1 ? articlePath(glossaryPages[0]!.slug) : undefined
  const knownSources = new Set(references?.sources.map((s) => s.id))
  const enrich = (source: SourceDocument, options: Omit<EnrichOptions, 'region' | 'glossary'> & { ownPath: string }) => {
    const linkTerms = glossary && glossaryPath && options.ownPath !== glossaryPath
    const result = enrichHtml(source.html, { ...options, region, glossary: linkTerms ? { path: glossaryPath, terms: glossary.terms } : undefined })
    for (const message of result.problems) problems.push({ file: source.file, message })
    for (const { id } of result.citations.filter(({ id }) => references && !knownSources.has(id))) {
      problems.push({ file: source.file, message: `the citation [@${id}] names no source in content/references.yaml (it has ${[...knownSources].join(', ')})` })
    }
    return result
  }

  const articles: Article[] = []
  for (const { source, slug, frontMatter } of parsedArticles) {
    const { html, citations } = enrich(source, { allowCitations: true, ownPath: articlePath(slug) })
    const headings = extractHeadings(html)
    for (const heading of headings.filter((h) => pageSectionIds.has(h.id))) {
      problems.push({ file: source.file, message: `the heading "${heading.text}" would share its link #${heading.id} with a section the page adds: reword it` })
    }
    if (frontMatter.sources === 'none' && citations.length > 0) {
      problems.push({ file: source.file, field: 'sources', message: 'is "none", but the page cites sources: remove "sources: none" or the citations' })
    }
    articles.push({ ...frontMatter, draft: frontMatter.draft ?? false, extras: frontMatter.extras ?? [], slug, file: source.file, html, headings, citations })
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
    const { html } = enrich(source, { allowCitations: false, ownPath: staticRoutes.faq })
    faqs.push({ ...parsed.data, id, file: source.file, html })
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
    const path = articlePath(article.slug)
    if (targets.has(path)) continue
    const termIds = path === glossaryPath ? (glossary?.terms ?? []).map((t) => t.id) : []
    // The Sources list the page adds has an entry for each source it cites.
    targets.set(path, new Set([...extractIds(article.html), ...termIds, ...article.citations.map(({ id }) => sourceAnchor(id))]))
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
  // Every page links to these sections (urgent help, the self-check's warning signs).
  for (const [name, href] of Object.entries(requiredSections)) {
    const slug = href.slice(1).split('#')[0]!
    const file = published.find((a) => a.slug === slug)?.file ?? `content/articles/${slug}.md`
    for (const message of checkLinks(`<a href="${href}"></a>`, '/', targets)) {
      problems.push({ file, message: `${message}: every page links there (${name}), so the page and its heading must exist` })
    }
  }
  if (aftercareSchedule) {
    const file = sources.aftercareSchedule[0]!.file
    problems.push(
      ...readMoreProblems(aftercareSchedule, file, targets),
      ...dayCountProblems(aftercareSchedule, file, published.map((a) => ({ path: articlePath(a.slug), html: a.html }))),
    )
  }
  for (const doc of [...published, ...faqs]) {
    for (const message of checkImages(doc.html, publicDir)) problems.push({ file: doc.file, message })
  }

  if (problems.length > 0 || !site || !aftercareSchedule || !region || !references || !glossary) return { problems }
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order
  return {
    problems,
    content: { articles: published.sort(byOrder), faqs: faqs.sort(byOrder), site, region, aftercareSchedule, references, glossary },
  }
}
