import type { AftercareSchedule } from '@/lib/aftercare/types'
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

export type Article = ArticleFrontMatter & {
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
  /** The stable id used in /faq#id: the file name. */
  id: string
  file: string
  html: string
  /** The answer as plain text (lib/content/plain-text.ts): for search and structured data. */
  text: string
}

export type Content = {
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
export type CheckedContent =
  | { includeDrafts: boolean; problems: []; content: Content }
  | { includeDrafts: boolean; problems: ContentProblem[]; content?: undefined }
