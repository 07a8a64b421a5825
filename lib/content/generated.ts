// Reads what `contentlayer2 build` (or `contentlayer2 dev`) wrote to .contentlayer/generated as
// the sources the content check takes.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { translatedLocales } from '@/lib/i18n/locales'
import { parsePublishedLinks, publishedLinksName } from './published-links'
import { translatedTypeName } from './translated-types'
import type { TranslationSources } from './translations'
import { toSourceDocument, type GeneratedDocument } from './sources'
import type { ContentSources } from './validate'

export const generatedDir = (root = process.cwd()) => join(root, '.contentlayer', 'generated')

export function readGenerated(dir: string, contentDir = 'content'): ContentSources {
  const read = (type: string) => {
    // Contentlayer writes no index for a data file that is missing; the check then names the file.
    const index = join(dir, type, '_index.json')
    if (!existsSync(index)) return []
    const value = JSON.parse(readFileSync(index, 'utf8')) as GeneratedDocument | GeneratedDocument[]
    return (Array.isArray(value) ? value : [value]).map((doc) => toSourceDocument(doc, contentDir))
  }
  const translated = (locale: (typeof translatedLocales)[number]): TranslationSources => ({
    articles: read(translatedTypeName('Article', locale)),
    faqs: read(translatedTypeName('Faq', locale)),
    site: read(translatedTypeName('Site', locale)),
    aftercareSchedule: read(translatedTypeName('AftercareSchedule', locale)),
    regions: read(translatedTypeName('Regions', locale)),
    glossary: read(translatedTypeName('Glossary', locale)),
  })
  return {
    translations: Object.fromEntries(translatedLocales.map((locale) => [locale, translated(locale)])),
    articles: read('Article'),
    faqs: read('Faq'),
    site: read('Site'),
    aftercareSchedule: read('AftercareSchedule'),
    regions: read('Regions'),
    references: read('References'),
    glossary: read('Glossary'),
    publishedLinks: existsSync(join(contentDir, publishedLinksName))
      ? parsePublishedLinks(readFileSync(join(contentDir, publishedLinksName), 'utf8'))
      : undefined,
  }
}
