// A translated language's content (content/hi/…), built over the checked English: every English page
// appears in the language, translated where a file of the same name exists (its words checked
// against the English page: the same heading ids, the same sources, a translationOf the English
// had), or else with the English text and `translation: {kind: 'missing'}`. Links inside go to the
// language's pages once the link check has validated them against the English targets.
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import { mapScheduleWords } from '@/lib/aftercare/page-schedule'
import type { Glossary } from '@/lib/glossary/schema'
import { withDigits, type Digits } from '@/lib/i18n/digits'
import type { TranslatedLocale } from '@/lib/i18n/locales'
import { articlePath, staticRoutes } from '@/lib/routes'
import { regionExampleTokens, type Region } from '@/lib/site/regions'
import type { CheckedArticle } from './articles'
import { enrichDocument } from './documents'
import { sourceAnchor } from './enrich'
import { hasHeading, type CheckedFaq } from './faqs'
import { headingsOf, idsOf } from './headings'
import { sectionIdPattern } from './markdown'
import { checkLinks, type LinkTargets } from './links'
import { applyDigits, localiseHeadingAnchors, localiseLinks } from './localise'
import type { Article, ContentProblem, Faq, SourceDocument, TranslatedContent, Translation } from './model'
import { duplicates, fileStem, zodProblems } from './problems'
import { plainText as plainTextOf } from './plain-text'
import type { References } from './references'
import {
  translatedArticleFrontMatter,
  translatedFaqFrontMatter,
  type TranslatedArticleFrontMatter,
  type TranslatedFaqFrontMatter,
} from './schema'
import { checkTranslatedSettings, type EnglishSettings, type TranslatedSettingsSources } from './translated-settings'
import { translatedScheduleProblems } from './translated-schedule'

/** One language's files, as Contentlayer read them (lib/content/generated.ts). */
export type TranslationSources = TranslatedSettingsSources & { articles: SourceDocument[]; faqs: SourceDocument[] }

/** The checked English the translation is checked against and falls back to. */
export type EnglishContent = {
  /** Every English article, drafts included (a draft's translation is checked, not published). */
  articles: CheckedArticle[]
  /** What is published, in navigation order. */
  published: CheckedArticle[]
  faqs: CheckedFaq[]
  targets: LinkTargets
  references?: References
  glossaryPath?: string
  settings: EnglishSettings & { region?: Region }
}

export type TranslationBuild = {
  content?: TranslatedContent
  /** The translated pages a patient reads (the fallbacks are English), for the plain-language check. */
  prose: { file: string; tree: Root }[]
}

const missing = { kind: 'missing' } as const

/** translationOf against the English lastReviewed: later is impossible, earlier is a warning. */
function statusOf(
  file: string,
  frontMatter: TranslatedArticleFrontMatter | TranslatedFaqFrontMatter,
  english: { file: string; lastReviewed: string },
  problems: ContentProblem[],
  warnings: ContentProblem[],
): Translation {
  const madeFrom = frontMatter.translationOf
  if (madeFrom > english.lastReviewed) {
    problems.push({
      file,
      field: 'translationOf',
      message: `is ${madeFrom}, later than the English page's lastReviewed (${english.lastReviewed}, ${english.file}): a translation is made from a version of the English that exists, so set it to the lastReviewed of the English it was made from`,
    })
  }
  const englishIsNewer = madeFrom < english.lastReviewed
  if (englishIsNewer) {
    warnings.push({
      file,
      field: 'translationOf',
      message: `the English page (${english.file}) was reviewed on ${english.lastReviewed}, after the version this translation was made from (${madeFrom}): update the translation from the English, then set translationOf to ${english.lastReviewed}`,
    })
  }
  return {
    kind: 'translated',
    method: frontMatter.translation,
    madeFrom,
    ...(frontMatter.translationReviewedBy ? { reviewedBy: frontMatter.translationReviewedBy } : {}),
    englishIsNewer,
  }
}

const missingOrExtra = (ours: string[], theirs: string[]) => ({
  missing: [...new Set(theirs.filter((id) => !ours.includes(id)))],
  extra: [...new Set(ours.filter((id) => !theirs.includes(id)))],
})

/** The page's section ids must be the English page's, so /hi/page#id lands where /page#id does. */
function headingIdProblems(file: string, tree: Root, english: CheckedArticle): ContentProblem[] {
  const { missing: absent, extra } = missingOrExtra(
    headingsOf(tree).map((h) => h.id),
    english.headings.map((h) => h.id),
  )
  if (absent.length === 0 && extra.length === 0) return []
  // An English heading without {#id} may have a slug no heading can be given (rehype-slug's "sun--shade").
  const unwritable = absent.filter((id) => !sectionIdPattern.test(id))
  const parts = [
    absent.length ? `missing ${absent.map((id) => `#${id}`).join(', ')}` : '',
    extra.length ? `not on the English page: ${extra.map((id) => `#${id}`).join(', ')}` : '',
  ].filter(Boolean)
  return [
    {
      file,
      message: `the headings' ids must be the same as the English page's (${english.file}), so that every section address works in both languages: ${parts.join('; ')}. Give each heading the English heading's id, e.g. "## … {#${absent[0] ?? english.headings[0]?.id ?? 'section-id'}}"${unwritable.length ? ` (${unwritable.map((id) => `#${id}`).join(', ')} cannot be written as {#id}: give the English heading an id of its own first, with aliases=${unwritable[0]} to keep its old address)` : ''}`,
    },
  ]
}

/** A translation cites the sources the English page cites: no more, no fewer. */
function citationProblems(file: string, cited: string[], english: CheckedArticle): ContentProblem[] {
  const { missing: absent, extra } = missingOrExtra(
    cited,
    english.citations.map((c) => c.id),
  )
  return [
    ...absent.map((id) => ({
      file,
      message: `the English page cites [@${id}], and this translation does not: keep every citation where the English has it`,
    })),
    ...extra.map((id) => ({
      file,
      message: `cites [@${id}], which the English page (${english.file}) does not: a translation cites the English page's sources only`,
    })),
  ]
}

/** Two elements with one id: a link lands on the first only. */
function duplicateIdProblems(file: string, tree: Root): ContentProblem[] {
  const ids = idsOf(tree)
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map((id) => ({
    file,
    message: `the link #${id} is used twice on the page (two headings, or a heading and an old id in aliases=): give one of them another id`,
  }))
}

type Built<T> = T & { tree: Root }

const withoutTree = <T extends { tree: Root }>({ tree: _tree, ...rest }: T) => rest

export function buildTranslation(
  locale: TranslatedLocale,
  sources: TranslationSources | undefined,
  english: EnglishContent,
  { includeDrafts }: { includeDrafts: boolean },
  problems: ContentProblem[],
  warnings: ContentProblem[],
): TranslationBuild {
  const files: TranslationSources = sources ?? {
    articles: [],
    faqs: [],
    site: [],
    regions: [],
    glossary: [],
    aftercareSchedule: [],
  }
  const before = problems.length
  const settings = checkTranslatedSettings(locale, files, english.settings, problems)
  const region = settings.region ?? english.settings.region
  const glossary = settings.glossary ?? english.settings.glossary
  const context = {
    region,
    glossary,
    references: english.references,
    glossaryPath: english.glossaryPath,
    locale,
  }
  const publishedSlugs = new Set(english.published.map((a) => a.slug))

  // Translated articles, each checked against its English page.
  const englishArticles = new Map(english.articles.map((a) => [a.slug, a]))
  const articles = new Map<string, Built<Article>>()
  for (const source of files.articles) {
    const slug = fileStem(source.file)
    const original = englishArticles.get(slug)
    if (!original) {
      problems.push({
        file: source.file,
        message: `there is no English page content/articles/${slug}.md: a translation has the same file name as its English page (the English pages are ${[...englishArticles.keys()].sort().join(', ')})`,
      })
      continue
    }
    const parsed = translatedArticleFrontMatter.safeParse(source.data)
    if (!parsed.success) {
      problems.push(...zodProblems(source.file, parsed.error, undefined, translatedArticleFrontMatter))
      continue
    }
    const translation = statusOf(source.file, parsed.data, original, problems, warnings)
    if (!includeDrafts && !publishedSlugs.has(slug)) continue
    const ownPath = articlePath(slug)
    const { tree, citations } = enrichDocument(source, { allowCitations: true, ownPath }, context, problems)
    localiseHeadingAnchors(tree, locale)
    problems.push(
      ...headingIdProblems(source.file, tree, original),
      ...citationProblems(
        source.file,
        citations.map((c) => c.id),
        original,
      ),
      ...duplicateIdProblems(source.file, tree),
    )
    // The page's own "#id" links land on its own ids; every other link on the English targets.
    const termIds = ownPath === english.glossaryPath ? (glossary?.terms ?? []).map((t) => t.id) : []
    const targets = new Map(english.targets).set(
      ownPath,
      new Set([...idsOf(tree), ...termIds, ...citations.map(({ id }) => sourceAnchor(id))]),
    )
    for (const message of checkLinks(tree, ownPath, targets)) problems.push({ file: source.file, message })
    articles.set(slug, {
      ...withoutTree(original),
      title: parsed.data.title,
      description: parsed.data.description,
      file: source.file,
      headings: headingsOf(tree),
      citations,
      translation,
      tree,
    })
  }

  // Translated FAQ answers.
  const englishFaqs = new Map(english.faqs.map((f) => [f.id, f]))
  const faqs = new Map<string, Built<Faq>>()
  for (const source of files.faqs) {
    const id = fileStem(source.file)
    const original = englishFaqs.get(id)
    if (!original) {
      problems.push({
        file: source.file,
        message: `there is no English answer content/faq/${id}.md: a translation has the same file name as its English answer`,
      })
      continue
    }
    const parsed = translatedFaqFrontMatter.safeParse(source.data)
    if (!parsed.success) {
      problems.push(...zodProblems(source.file, parsed.error, undefined, translatedFaqFrontMatter))
      continue
    }
    const translation = statusOf(source.file, parsed.data, original, problems, warnings)
    const { tree } = enrichDocument(source, { allowCitations: false, ownPath: staticRoutes.faq }, context, problems)
    const built = { ...withoutTree(original), question: parsed.data.question, file: source.file, translation, tree }
    if (hasHeading(built)) {
      problems.push({
        file: source.file,
        message: 'headings are not allowed in an FAQ answer: keep the answer short, or move the detail into an article',
      })
    } else {
      for (const message of checkLinks(tree, staticRoutes.faq, english.targets))
        problems.push({ file: source.file, message })
    }
    faqs.set(id, built)
  }

  const translatedArticles = [...articles.values()]
  const translatedFaqs = [...faqs.values()]
  problems.push(
    ...duplicates(
      translatedArticles,
      (a) => a.title.toLowerCase(),
      (a) => a.file,
      (title) => `title: the title "${title}"`,
    ),
    ...duplicates(
      translatedFaqs,
      (f) => f.question.toLowerCase(),
      (f) => f.file,
      (q) => `question: the question "${q}"`,
    ),
  )

  // The pages a patient opens in the language, in the English order: translated, or the English text.
  const pageArticles = english.published.map(
    (original): Built<Article> => articles.get(original.slug) ?? { ...original, translation: missing },
  )
  const pageFaqs = english.faqs.map(
    (original): Built<Faq> => faqs.get(original.id) ?? { ...original, translation: missing },
  )

  if (settings.aftercareSchedule && settings.scheduleFile) {
    problems.push(
      ...translatedScheduleProblems(
        locale,
        settings.aftercareSchedule,
        settings.scheduleFile,
        pageArticles.map((a) => ({ path: articlePath(a.slug), tree: a.tree })),
      ),
    )
  }

  const prose = [...translatedArticles.filter((a) => publishedSlugs.has(a.slug)), ...translatedFaqs]
  if (problems.length > before) return { prose }

  const digits = settings.digits
  const finish = <T extends Article | Faq>(doc: Built<T>) => {
    const tree = localiseLinks(doc.tree, locale)
    const translated = doc.translation?.kind === 'translated'
    // Digits are the language's way of writing the translated words; the English text keeps its own.
    if (translated) applyDigits(tree, digits)
    return { doc: withoutTree(doc), tree, translated }
  }
  const outArticles = pageArticles.map((article): Article => {
    const { doc, tree, translated } = finish(article)
    const words = (text: string) => (translated ? withDigits(text, digits) : text)
    return {
      ...doc,
      title: words(doc.title),
      description: words(doc.description),
      headings: doc.headings.map((h) => ({ ...h, text: words(h.text) })),
      html: toHtml(tree),
    }
  })
  const outFaqs = pageFaqs.map((faq): Faq => {
    const { doc, tree, translated } = finish(faq)
    return {
      ...doc,
      question: translated ? withDigits(doc.question, digits) : doc.question,
      html: toHtml(tree),
      text: plainTextOf(tree),
    }
  })
  return {
    prose,
    content: {
      digits,
      articles: outArticles,
      faqs: outFaqs,
      region: region && settings.region ? regionDigits(region, digits) : region!,
      aftercareSchedule: scheduleDigits(
        settings.aftercareSchedule ?? english.settings.aftercareSchedule!,
        digits,
        Boolean(settings.aftercareSchedule),
      ),
      glossary: settings.glossary ? glossaryDigits(settings.glossary, digits) : glossary!,
      ...(settings.site ? { site: settings.site } : {}),
    },
  }
}

/** The region's words with the language's digits; the numbers to dial stay as they are (tel: links). */
function regionDigits(region: Region, digits: Digits): Region {
  const words = (text: string) => withDigits(text, digits)
  return {
    ...region,
    countryName: words(region.countryName),
    familyDoctor: words(region.familyDoctor),
    practitionerRegistration: words(region.practitionerRegistration),
    complaints: words(region.complaints),
    dataProtection: {
      ...region.dataProtection,
      rights: words(region.dataProtection.rights),
      regulator: words(region.dataProtection.regulator),
    },
    ...Object.fromEntries(
      regionExampleTokens.flatMap((token) => (region[token] === undefined ? [] : [[token, words(region[token])]])),
    ),
    ...(region.urgentAdvice
      ? {
          urgentAdvice: {
            ...region.urgentAdvice,
            name: words(region.urgentAdvice.name),
            purpose: words(region.urgentAdvice.purpose),
          },
        }
      : {}),
    ...(region.otherNumbers
      ? { otherNumbers: region.otherNumbers.map((other) => ({ ...other, label: words(other.label) })) }
      : {}),
  }
}

function scheduleDigits(schedule: AftercareSchedule, digits: Digits, translated: boolean): AftercareSchedule {
  return translated ? mapScheduleWords(schedule, (text) => withDigits(text, digits)) : schedule
}

const glossaryDigits = (glossary: Glossary, digits: Digits): Glossary => ({
  terms: glossary.terms.map((term) => ({
    ...term,
    term: withDigits(term.term, digits),
    definition: withDigits(term.definition, digits),
  })),
})
