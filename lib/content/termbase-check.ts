// Where the termbase applies: each translated language's pages, answers and data files, read as saved (the
// content step's first look, lib/content/raw.ts), the planner's schedule included.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { translatedLocales } from '@/lib/i18n/locales'
import type { ContentProblem } from './model'
import { termbaseProblems, termbaseSchema, termbaseSelfProblems } from './termbase'

/** The files of a language's folder the termbase covers, by their path inside it. */
const covered = (path: string) =>
  /^(articles|faq)\/.+\.md$/.test(path) || /^(glossary|regions|site|aftercare-schedule)\.ya?ml$/.test(path)

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name
    return statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), path) : [path]
  })
}

/** Each language's termbase problems; nothing for a language without a termbase.yaml. Its own mistakes come from raw.ts's schema check. */
export function termbaseFileProblems(contentDir: string): ContentProblem[] {
  return translatedLocales.flatMap((locale) => {
    const folder = join(contentDir, locale)
    const termbaseFile = `${contentDir}/${locale}/termbase.yaml`
    if (!existsSync(join(folder, 'termbase.yaml'))) return []
    let data: unknown
    try {
      data = parseYaml(readFileSync(join(folder, 'termbase.yaml'), 'utf8'))
    } catch {
      return [] // raw.ts reports YAML that cannot be read
    }
    const termbase = termbaseSchema.safeParse(data)
    if (!termbase.success) return [] // and fields that are wrong
    const files = filesUnder(folder)
      .filter(covered)
      .sort()
      .map((path) => ({ file: `${contentDir}/${locale}/${path}`, text: readFileSync(join(folder, path), 'utf8') }))
    return [
      ...termbaseSelfProblems(termbase.data, termbaseFile),
      ...termbaseProblems(termbase.data, termbaseFile, files),
    ]
  })
}
