// Fills in one article's or answer's tree (lib/content/enrich.ts) with what the settings give,
// and reports what is wrong with its citations and images.
import type { Root } from 'hast'
import type { Glossary } from '@/lib/glossary/schema'
import type { Locale } from '@/lib/i18n/locales'
import type { Region } from '@/lib/site/regions'
import { enrichTree, type Citation } from './enrich'
import { checkImages } from './images'
import type { ContentProblem, SourceDocument } from './model'
import type { References } from './references'

export type EnrichContext = {
  region?: Region
  glossary?: Glossary
  references?: References
  /** The one article that shows the glossary, where every glossary link points. */
  glossaryPath?: string
  /** The language of the document's words: English unless given. */
  locale?: Locale
}

export type EnrichedDocument = { tree: Root; citations: Citation[] }

export function enrichDocument(
  source: SourceDocument,
  { allowCitations, ownPath }: { allowCitations: boolean; ownPath: string },
  { region, glossary, references, glossaryPath, locale }: EnrichContext,
  problems: ContentProblem[],
): EnrichedDocument {
  // The glossary page itself defines the terms: it links none of them.
  const linkTerms = glossary && glossaryPath && ownPath !== glossaryPath
  const result = enrichTree(source.tree, {
    allowCitations,
    locale,
    region,
    glossary: linkTerms ? { path: glossaryPath, terms: glossary.terms } : undefined,
  })
  for (const message of result.problems) problems.push({ file: source.file, message })
  const knownSources = new Set(references?.sources.map((s) => s.id))
  for (const { id } of result.citations.filter(({ id }) => references && !knownSources.has(id))) {
    problems.push({
      file: source.file,
      message: `the citation [@${id}] names no source in content/references.yaml (it has ${[...knownSources].join(', ')})`,
    })
  }
  return { tree: result.tree, citations: result.citations }
}

/** Image problems of published documents (drafts may still be waiting for their diagrams). */
export function imageProblems(docs: { file: string; tree: Root }[], publicDir: string): ContentProblem[] {
  return docs.flatMap((doc) => checkImages(doc.tree, publicDir).map((message) => ({ file: doc.file, message })))
}
