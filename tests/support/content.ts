// Shared helpers for the tests: the markdown pipeline Contentlayer runs (the same function,
// lib/content/markdown.ts), and a loader that turns the fixture folders under
// tests/fixtures/content/ into SourceDocuments.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'
import { emptyTree } from '@/lib/content/headings'
import { localiseHeadingAnchors } from '@/lib/content/localise'
import { markdownPipeline } from '@/lib/content/markdown'
import type { ContentProblem, SourceDocument } from '@/lib/content/model'
import { parsePublishedLinks, publishedLinksName } from '@/lib/content/published-links'
import type { TranslationSources } from '@/lib/content/translations'
import type { ContentSources } from '@/lib/content/validate'
import { translatedLocales, type Locale, type TranslatedLocale } from '@/lib/i18n/locales'

// Not `new URL(..., import.meta.url)`: under jsdom that is jsdom's URL, which fileURLToPath refuses.
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..') + sep
export const fixturesRoot = join(repoRoot, 'tests', 'fixtures', 'content')
export const baselineDir = join(fixturesRoot, 'valid')
/** Translation cases: `valid/` holds the Hindi of the English baseline; each other folder is laid over both. */
export const translationFixturesRoot = join(repoRoot, 'tests', 'fixtures', 'translations')
export const translationBaselineDir = join(translationFixturesRoot, 'valid')

const processor = unified()
markdownPipeline(processor)

/** A whole markdown file (front matter allowed) → its HTML and tree, as Contentlayer compiles it. */
export function compileWithTree(markdown: string): { html: string; tree: Root } {
  const file = processor.processSync(markdown)
  return { html: String(file), tree: file.data.tree as Root }
}

/** Markdown → HTML exactly as the site renders it. Throws MarkdownContentError for refused syntax. */
export function compileMarkdown(markdown: string): string {
  return compileWithTree(markdown).html
}

/**
 * Markdown in a translated language → HTML as the content step writes it for that language: the pipeline's
 * "#" link labels in the language (lib/content/localise.ts), as a translated page gets them.
 */
export function compileTranslatedMarkdown(markdown: string, locale: Locale): string {
  const tree = compileTree(markdown)
  localiseHeadingAnchors(tree, locale)
  return toHtml(tree)
}

/** Markdown → the syntax tree Contentlayer hands to the content step. */
export function compileTree(markdown: string): Root {
  return compileWithTree(markdown).tree
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Splits a markdown file into its front matter (parsed with `yaml`, as Contentlayer does) and body. */
export function splitMarkdownFile(text: string): {
  data: Record<string, unknown>
  body: string
  frontMatterLines: number
} {
  const match = frontMatterPattern.exec(text)
  if (!match) return { data: {}, body: text, frontMatterLines: 0 }
  const data: unknown = parseYaml(match[1] ?? '')
  return {
    data: (data ?? {}) as Record<string, unknown>,
    body: text.slice(match[0].length),
    frontMatterLines: match[0].split('\n').length - 1,
  }
}

/**
 * Compiles a whole markdown file, as Contentlayer does (front matter included, via
 * remark-frontmatter, so error lines count from the top of the file).
 */
export function compileMarkdownFile(text: string): { data: Record<string, unknown>; html: string; tree: Root } {
  return { data: splitMarkdownFile(text).data, ...compileWithTree(text) }
}

/** Every file under `dir`, as "/"-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(dir, path).split(sep).join('/'))
    }
  }
  walk(dir)
  return out.sort()
}

/** One content file (path relative to the content folder) as a SourceDocument named content/<path>. */
export function readSourceDocument(absolutePath: string, contentPath: string): SourceDocument {
  const text = readFileSync(absolutePath, 'utf8')
  const file = `content/${contentPath}`
  if (contentPath.endsWith('.yaml') || contentPath.endsWith('.yml')) {
    return { file, data: (parseYaml(text) ?? {}) as Record<string, unknown>, tree: emptyTree() }
  }
  const { data, tree } = compileMarkdownFile(text)
  return { file, data, tree }
}

/** A case's expectations sit beside its files (fixture-cases.test.ts reads them); they are not content. */
export const expectedProblemsFile = 'expected.yaml'

/** The content folder a case stands for: the baseline, with the case's files added or replacing. */
export function caseFiles(caseName?: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const path of listFiles(baselineDir)) files.set(path, join(baselineDir, path))
  if (caseName) {
    const dir = join(fixturesRoot, caseName)
    const overlay = listFiles(dir).filter((path) => path !== expectedProblemsFile)
    if (overlay.length === 0) throw new Error(`fixture case ${caseName} has no files`)
    for (const path of overlay) files.set(path, join(dir, path))
  }
  return files
}

// Where each file of a content folder belongs, as Contentlayer's document types say.
const dataFiles = {
  'site.yaml': 'site',
  'aftercare-schedule.yaml': 'aftercareSchedule',
  'regions.yaml': 'regions',
  'references.yaml': 'references',
  'glossary.yaml': 'glossary',
} as const satisfies Record<string, keyof ContentSources>

const translatedDataFiles = {
  'site.yaml': 'site',
  'aftercare-schedule.yaml': 'aftercareSchedule',
  'regions.yaml': 'regions',
  'glossary.yaml': 'glossary',
} as const satisfies Record<string, keyof TranslationSources>

const emptyTranslation = (): TranslationSources => ({
  articles: [],
  faqs: [],
  site: [],
  aftercareSchedule: [],
  regions: [],
  glossary: [],
})

/** Where a file of a translated language's folder (hi/…) belongs, or undefined for anything else. */
function translatedKind(path: string): [TranslatedLocale, keyof TranslationSources] | undefined {
  const [locale, ...rest] = path.split('/')
  if (!translatedLocales.includes(locale as TranslatedLocale) || rest.length === 0) return undefined
  const inner = rest.join('/')
  const kind = inner.startsWith('articles/')
    ? 'articles'
    : inner.startsWith('faq/')
      ? 'faqs'
      : translatedDataFiles[inner as keyof typeof translatedDataFiles]
  return kind ? [locale as TranslatedLocale, kind] : undefined
}

/** Content files (path in the content folder → file on disk) as ContentSources, in path order. */
export function sourcesFromFiles(files: Iterable<[string, string]>, { strict = true } = {}): ContentSources {
  const sources: ContentSources = {
    articles: [],
    faqs: [],
    site: [],
    aftercareSchedule: [],
    regions: [],
    references: [],
    glossary: [],
  }
  for (const [path, absolute] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kind = path.startsWith('articles/')
      ? 'articles'
      : path.startsWith('faq/')
        ? 'faqs'
        : dataFiles[path as keyof typeof dataFiles]
    const translated = translatedKind(path)
    if (kind) sources[kind].push(readSourceDocument(absolute, path))
    else if (translated) {
      const [locale, which] = translated
      sources.translations ??= {}
      const files = (sources.translations[locale] ??= emptyTranslation())
      files[which].push(readSourceDocument(absolute, path))
    } else if (path === publishedLinksName) sources.publishedLinks = parsePublishedLinks(readFileSync(absolute, 'utf8'))
    // A language's termbase is read by the content step's first look (lib/content/termbase-check.ts), not Contentlayer.
    else if (/^[a-z]{2}\/termbase\.yaml$/.test(path)) continue
    else if (strict)
      throw new Error(
        `fixture file ${path} is not an article, an FAQ answer or one of ${Object.keys(dataFiles).join(', ')}`,
      )
  }
  return sources
}

/** A translation case's content folder: the baseline, its Hindi (translations/valid/), then the case's files. */
export function translationCaseFiles(caseName?: string): Map<string, string> {
  const files = caseFiles()
  for (const path of listFiles(translationBaselineDir)) files.set(path, join(translationBaselineDir, path))
  if (caseName) {
    const dir = join(translationFixturesRoot, caseName)
    const overlay = listFiles(dir).filter((path) => path !== expectedProblemsFile)
    if (overlay.length === 0) throw new Error(`translation case ${caseName} has no files`)
    for (const path of overlay) files.set(path, join(dir, path))
  }
  return files
}

/** Loads a translation case (or the baseline with its Hindi) as ContentSources. */
export function loadTranslationSources(caseName?: string): ContentSources {
  return sourcesFromFiles(translationCaseFiles(caseName))
}

/** Loads a case (or the baseline alone) as ContentSources, in path order. */
export function loadSources(caseName?: string): ContentSources {
  return sourcesFromFiles(caseFiles(caseName))
}

export type ExpectedProblem = { file: string; field?: string; message: string }

/** Finds the problem that matches `expected` (same file, same field or none, message containing the fragment). */
export const matchesProblem = (problem: ContentProblem, expected: ExpectedProblem) =>
  problem.file === expected.file && problem.field === expected.field && problem.message.includes(expected.message)

/** The 1-based line of the first line in `text` that contains `marker`. */
export function lineOf(text: string, marker: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(marker))
  if (index === -1) throw new Error(`marker ${marker} not found`)
  return index + 1
}
