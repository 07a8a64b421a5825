// What `npm run content:report` says about each translated language: the English pages with no
// translation yet, the translations made from an older English page, how each translated file was
// made and who checked it, and the length of its sentences (the language's plain-language check).
// It reads the files themselves, as the review-date report does, so it works while the content has
// errors; the sentence counts come from the same markdown pipeline and prose rules as the check's
// (citations numbered, but before the clinic's values are filled in: a {{placeholder}} counts as one word).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'hast'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'
import type { TranslatedLocale } from '@/lib/i18n/locales'
import { sentenceLengthLimits } from './editorial-standards'
import { enrichTree } from './enrich'
import { markdownPipeline } from './markdown'
import { formatAverage, sentenceLengths } from './sentence-length'

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

export type TranslatedFileReport = {
  file: string
  /** The English file of the same name, when there is one. */
  englishFile?: string
  method: string
  /** "name, role", or undefined when nobody has checked it. */
  reviewedBy?: string
  translationOf: string
  englishLastReviewed?: string
  englishIsNewer: boolean
  sentences?: { count: number; average: string; longest: number; ok: boolean }
}

export type TranslationReport = {
  locale: TranslatedLocale
  /** English articles and answers with no file in the language's folder. */
  untranslated: string[]
  files: TranslatedFileReport[]
}

function markdownFiles(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return markdownFiles(path)
    return name.endsWith('.md') ? [path] : []
  })
}

const readFrontMatter = (text: string): Record<string, unknown> => {
  try {
    return (parseYaml(frontMatterPattern.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

const asText = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '' : String(value))

const processor = unified()
markdownPipeline(processor)

/** The file's tree as the pipeline builds it, or undefined when the markdown is refused (the check names why). */
function treeOf(text: string): Root | undefined {
  try {
    // Citation markers become numbers (which are not words), as on the page.
    return enrichTree(processor.processSync(text).data.tree as Root, { allowCitations: true }).tree
  } catch {
    return undefined
  }
}

export function translationReport(contentDir: string, locale: TranslatedLocale): TranslationReport {
  const report: TranslationReport = { locale, untranslated: [], files: [] }
  for (const folder of ['articles', 'faq']) {
    const english = new Map(
      markdownFiles(join(contentDir, folder)).map((path) => [path.slice(join(contentDir, folder).length), path]),
    )
    const translatedDir = join(contentDir, locale, folder)
    const translated = markdownFiles(translatedDir)
    const names = new Set(translated.map((path) => path.slice(translatedDir.length)))
    for (const [name, path] of english) {
      const data = readFrontMatter(readFileSync(path, 'utf8'))
      if (!names.has(name) && data.draft !== true) report.untranslated.push(path)
    }
    for (const path of translated) {
      const text = readFileSync(path, 'utf8')
      const data = readFrontMatter(text)
      const englishFile = english.get(path.slice(translatedDir.length))
      const englishLastReviewed = englishFile
        ? asText(readFrontMatter(readFileSync(englishFile, 'utf8')).lastReviewed)
        : undefined
      const reviewer = data.translationReviewedBy as { name?: unknown; role?: unknown } | undefined
      const translationOf = asText(data.translationOf)
      const tree = treeOf(text)
      const lengths = tree && sentenceLengths(tree)
      report.files.push({
        file: path,
        ...(englishFile ? { englishFile } : {}),
        method: asText(data.translation) || '-',
        ...(reviewer?.name ? { reviewedBy: `${asText(reviewer.name)}, ${asText(reviewer.role)}` } : {}),
        translationOf: translationOf || '-',
        ...(englishLastReviewed ? { englishLastReviewed } : {}),
        englishIsNewer: Boolean(englishLastReviewed && translationOf && translationOf < englishLastReviewed),
        ...(lengths
          ? {
              sentences: {
                count: lengths.sentences,
                average: formatAverage(lengths.average),
                longest: lengths.longest,
                ok:
                  lengths.tooLong.length === 0 &&
                  !(Number(formatAverage(lengths.average)) > sentenceLengthLimits.average),
              },
            }
          : {}),
      })
    }
  }
  return report
}
