// The names of the Contentlayer document types that hold a translated language's files
// (contentlayer.config.ts writes them, lib/content/generated.ts reads their folders back).
import type { TranslatedLocale } from '@/lib/i18n/locales'

export const translatedKinds = ['Article', 'Faq', 'Site', 'AftercareSchedule', 'Regions', 'Glossary'] as const
export type TranslatedKind = (typeof translatedKinds)[number]

/** "ArticleHi": Contentlayer's type names must be identifiers, one per kind and language. */
export const translatedTypeName = (kind: TranslatedKind, locale: TranslatedLocale) =>
  `${kind}${locale.charAt(0).toUpperCase()}${locale.slice(1)}`
