// The content step's check, run once for each change of content (`npm run content`, and the dev
// watcher on every save): everything Contentlayer does not check, plus plain language.
import { defaultPublicDir } from './images'
import type { CheckedContent } from './model'
import { readingGradeProblems } from './readability'
import { sentenceLengthProblems } from './sentence-length'
import { validateContent, type ContentSources, type ValidationResult } from './validate'

export function checkContent(
  sources: ContentSources,
  options: { includeDrafts: boolean; publicDir?: string; withAddresses?: false },
): CheckedContent
/** withAddresses: also hands back the validation (its current addresses, for content/published-links.txt). */
export function checkContent(
  sources: ContentSources,
  options: { includeDrafts: boolean; publicDir?: string; withAddresses: true },
): CheckedContent & { validation: ValidationResult }
export function checkContent(
  sources: ContentSources,
  {
    includeDrafts,
    publicDir = defaultPublicDir(),
    withAddresses = false,
  }: { includeDrafts: boolean; publicDir?: string; withAddresses?: boolean },
): CheckedContent | (CheckedContent & { validation: ValidationResult }) {
  const validation = validateContent(sources, { includeDrafts, publicDir })
  const { problems: validationProblems, warnings, content, prose, translatedProse } = validation
  const extra = withAddresses ? { validation } : {}
  // Plain language (lib/content/editorial-standards.ts), checked beside the rest so that one run
  // lists everything to fix: what a patient reads, with the country's values filled in when the
  // rest is valid. A draft is work in progress and is checked once it is published.
  const readable = prose
    ? { articles: prose.articles.filter((article) => !article.draft), faqs: prose.faqs }
    : { articles: sources.articles.filter((doc) => doc.data.draft !== true), faqs: sources.faqs }
  // Translated pages: sentence length instead of Flesch-Kincaid (an English formula), the same policy.
  const problems = [
    ...validationProblems,
    ...readingGradeProblems(readable),
    ...sentenceLengthProblems(translatedProse ?? []),
  ]
  if (problems.length > 0 || !content) return { includeDrafts, problems, warnings, ...extra }
  return { includeDrafts, problems: [], content, warnings, ...extra }
}
