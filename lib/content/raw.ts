// The content step's first look at the files as an editor saved them, before Contentlayer reads
// them: front matter (or a YAML file) that cannot be read gets one plain message with its line, and
// a field the schema does not know names the field that was probably meant. Contentlayer's own
// messages for these are long and, for a misspelt required field, misleading ("missing title").
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { aftercareScheduleSchema } from '@/lib/aftercare/schema'
import { glossarySchema } from '@/lib/glossary/schema'
import { translatedLocales } from '@/lib/i18n/locales'
import { regionsSchema, regionsWordingSchema } from '@/lib/site/regions'
import { siteSettingsSchema, translatedSiteSchema } from '@/lib/site/schema'
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml'
import type { ContentProblem } from './model'
import { referencesSchema } from './references'
import { yamlPart } from './report'
import { articleFrontMatter, faqFrontMatter, translatedArticleFrontMatter, translatedFaqFrontMatter } from './schema'
import { knownKeys, suggestionFor } from './suggest'
import { termbaseSchema } from './termbase'
import { termbaseFileProblems } from './termbase-check'

// A translated language's folder (content/hi/): its files hold the words only.
const translatedFolder = new RegExp(`^(?:${translatedLocales.join('|')})/`)

/** Which schema checks a translated file's fields, by its path inside the language's folder. */
function translatedSchemaFor(path: string): z.ZodType | undefined {
  if (/^articles\/.+\.md$/.test(path)) return translatedArticleFrontMatter
  if (/^faq\/.+\.md$/.test(path)) return translatedFaqFrontMatter
  return (
    {
      'site.yaml': translatedSiteSchema,
      'aftercare-schedule.yaml': aftercareScheduleSchema,
      'regions.yaml': regionsWordingSchema,
      'glossary.yaml': glossarySchema,
      'termbase.yaml': termbaseSchema,
    } as Record<string, z.ZodType>
  )[path]
}

/** Which schema checks a file's fields, by its path inside content/. */
export function schemaFor(path: string): z.ZodType | undefined {
  if (translatedFolder.test(path)) return translatedSchemaFor(path.replace(translatedFolder, ''))
  if (/^articles\/.+\.md$/.test(path)) return articleFrontMatter
  if (/^faq\/.+\.md$/.test(path)) return faqFrontMatter
  return (
    {
      'site.yaml': siteSettingsSchema,
      'aftercare-schedule.yaml': aftercareScheduleSchema,
      'regions.yaml': regionsSchema,
      'references.yaml': referencesSchema,
      'glossary.yaml': glossarySchema,
    } as Record<string, z.ZodType>
  )[path]
}

const fieldName = (path: readonly PropertyKey[]) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('')

/** Plain words for what the YAML reader could not read. */
function readableReason(code: string, message: string): string {
  if (code === 'TAB_AS_INDENT' || /tab/i.test(message)) return 'a tab is used for indenting (use spaces)'
  if (/quot|MISSING_CHAR/i.test(`${code} ${message}`))
    return 'a quote is not closed (or a value starts with a quote and goes on after it): close it, or remove it'
  if (code === 'DUPLICATE_KEY') return `a field appears twice: ${message.split('\n')[0]}`
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

/** The first line whose value opens a quote that the line does not close. */
function openQuoteLine(yaml: string): number | undefined {
  const index = yaml.split(/\r\n|\r|\n/).findIndex((line) => {
    const value = /^\s*(?:-\s+)?(?:[^:#'"]+:\s+)?(["'])(.*)$/.exec(line)
    if (!value) return false
    const [, quote, rest] = value as unknown as [string, string, string]
    const unescaped = quote === '"' ? rest.replace(/\\./g, '') : rest.replace(/''/g, '')
    return !unescaped.includes(quote)
  })
  return index < 0 ? undefined : index + 1
}

/** The problems in one file's text; `file` is what the editor opens, `path` its place in content/. */
export function rawFileProblems(file: string, path: string, text: string): ContentProblem[] {
  const isMarkdown = path.endsWith('.md')
  const what = isMarkdown ? 'the front matter' : 'the file'
  if (isMarkdown && !/^\uFEFF?---[ \t]*\r?$/m.test(text.split(/\r\n|\r|\n/, 1)[0] ?? '')) {
    return [{ file, line: 1, message: `${what} cannot be read: the file must start with a line "---"` }]
  }
  const part = yamlPart(text.replace(/\r(?!\n)/g, '\n'), path)
  if (!part) {
    return [{ file, line: 1, message: `${what} cannot be read: it is not closed with a line "---" after its fields` }]
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(part.yaml.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true })
  const error = doc.errors[0]
  if (error) {
    const reason = readableReason(error.code, error.message)
    // The reader notices an open quote only where the text runs out; the editor needs the line it opens on.
    const quoteLine = reason.startsWith('a quote') ? openQuoteLine(part.yaml) : undefined
    const line = (quoteLine ?? error.linePos?.[0]?.line ?? 1) + part.firstLine - 1
    return [{ file, line, message: `${what} cannot be read: ${reason}` }]
  }
  const schema = schemaFor(path)
  if (!schema) return []
  const problems: ContentProblem[] = []
  const walk = (node: unknown, keys: PropertyKey[]) => {
    if (isMap(node)) {
      const known = knownKeys(schema, keys)
      for (const pair of node.items) {
        const key = (pair.key as { value?: unknown } | null)?.value
        if (typeof key !== 'string') continue
        if (known.length > 0 && !known.includes(key)) {
          const suggestion = suggestionFor(key, known)
          const keyNode = pair.key as Node
          problems.push({
            file,
            field: keys.length ? fieldName(keys) : undefined,
            line: keyNode.range ? lineCounter.linePos(keyNode.range[0]).line + part.firstLine - 1 : undefined,
            message: suggestion ?? `unknown field(s) "${key}": check the spelling`,
          })
        } else walk(pair.value, [...keys, key])
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...keys, index]))
    }
  }
  walk(doc.contents, [])
  return problems
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

/** A document or a top-level data file (a translated language's folder holds the same). */
const isContentPath = (path: string) => (path.includes('/') ? /^(articles|faq)\//.test(path) : true)

/** Every content file's problems that can be found before Contentlayer reads it, then the translations' termbase. */
export function rawProblems(contentDir: string): ContentProblem[] {
  const fileProblems = filesUnder(contentDir)
    .map((full) => relative(contentDir, full).split('\\').join('/'))
    .filter((path) => /\.(md|ya?ml)$/.test(path) && isContentPath(path.replace(translatedFolder, '')))
    .sort()
    .flatMap((path) => rawFileProblems(`${contentDir}/${path}`, path, readFileSync(join(contentDir, path), 'utf8')))
  return [...fileProblems, ...termbaseFileProblems(contentDir)]
}
