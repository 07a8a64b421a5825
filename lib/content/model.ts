import type { AftercareSchedule } from '@/lib/aftercare/types'
import type { Digits } from '@/lib/i18n/digits'
import type { Locale, TranslatedLocale } from '@/lib/i18n/locales'
import type { Glossary } from '@/lib/glossary/schema'
import type { Region } from '@/lib/site/regions'
import type { SiteSettings } from '@/lib/site/schema'
import type { Root } from 'hast'
import type { Citation } from './enrich'
import type { Heading } from './headings'
import type { Redirect } from './published-links'
import type { References } from './references'
import type { ArticleExtra, ArticleFrontMatter, FaqFrontMatter } from './schema'

/** A document as it comes out of Contentlayer, before our checks. */
export type SourceDocument = {
  /** Path from the repository root, e.g. "content/articles/aftercare.md": what an editor opens. */
  file: string
  /** The front-matter fields (or the data file's fields). */
  data: Record<string, unknown>
  /** The body's syntax tree, as Contentlayer produced it (line positions included); empty for data files. */
  tree: Root
}

/** Who made a translation and how (the translated file's front matter), and whether the English moved on since. */
export type Translation = {
  kind: 'translated'
  /** translation: machine | professional */
  method: 'machine' | 'professional'
  /** translationOf: the English page's lastReviewed the translation was made from. */
  madeFrom: string
  /** translationReviewedBy: a clinician who reads the language and checked it; absent until someone has. */
  reviewedBy?: { name: string; role: string }
  /** The English page was reviewed or changed after the translation was made (its lastReviewed is later). */
  englishIsNewer: boolean
}

/**
 * A page's status in a translated language: translated, or `missing` when no translation exists yet and the
 * page shows the English text under the translated address (with a notice). English pages have none.
 */
export type TranslationStatus = Translation | { kind: 'missing' }

export type Article = ArticleFrontMatter & {
  /** Only on a translated language's pages. */
  translation?: TranslationStatus
  slug: string
  file: string
  html: string
  headings: Heading[]
  draft: boolean
  /** What the page adds after the editor's text (the self-check's rules, the planner, the glossary). */
  extras: ArticleExtra[]
  /** The sources the page cites, in the order of their numbers. */
  citations: Citation[]
}

export type Faq = FaqFrontMatter & {
  /** Only on a translated language's pages. */
  translation?: TranslationStatus
  /** The stable id used in /faq#id: the file name. */
  id: string
  file: string
  html: string
  /** The answer as plain text (lib/content/plain-text.ts): for search and structured data. */
  text: string
}

/**
 * What a translated language replaces (content/hi/…): everything else is the English content's. Every
 * published English article and FAQ answer is here, in the English order: translated, or (translation
 * `missing`) with the English text. Either way its links go to the language's pages.
 */
export type TranslatedContent = Pick<Content, 'articles' | 'faqs' | 'region' | 'aftercareSchedule' | 'glossary'> & {
  /** How numbers are written (content/hi/site.yaml `digits`). */
  digits: Digits
  /** The clinic's settings with the language's words (content/hi/site.yaml), when given; else the English ones. */
  site?: SiteSettings
}

export type Content = {
  /** The language of this content's words (getContent(locale)). */
  locale: Locale
  /** How numbers are written: always latin in English. */
  digits: Digits
  articles: Article[]
  faqs: Faq[]
  site: SiteSettings
  /** The help that fits the clinic's country (its countryCode's entry in content/regions.yaml). */
  region: Region
  aftercareSchedule: AftercareSchedule
  references: References
  glossary: Glossary
  /** Old page addresses (articles' redirectFrom) and where they lead: one list for next.config.ts, the export and deploy/. */
  redirects: Redirect[]
  /** Each translated language's content: getContent(locale) merges it over the English. */
  translations: Record<TranslatedLocale, TranslatedContent>
}

export type ContentProblem = {
  file: string
  field?: string
  message: string
  /** The line (1-based) of the field or link in the file, where it is known. */
  line?: number
}

export const formatProblem = ({ file, field, message }: ContentProblem) =>
  `${file}: ${field ? `${field}: ` : ''}${message}`

/**
 * What the content step writes to .content/ and pages read: the checked content, or the problems
 * that stopped it (only the dev watcher writes those, so that the browser shows them too).
 */
export type CheckedContent = (
  | { includeDrafts: boolean; problems: []; content: Content }
  | { includeDrafts: boolean; problems: ContentProblem[]; content?: undefined }
) & {
  /**
   * What the editor should know but does not stop the build (a translation made from an older English
   * page): printed by the content step as a list (GitHub annotations on CI), never a failure.
   */
  warnings?: ContentProblem[]
}
