// schema.org MedicalWebPage for an article: who it is for, what it is about, when it was reviewed
// and by whom, and who publishes it. Built from the front matter, never written per page.
import type { MedicalProcedure, MedicalWebPage, WithContext } from 'schema-dts'
import type { Article } from '@/lib/content/model'
import { defaultLocale, localePath, type Locale } from '@/lib/i18n/locales'
import { articlePath } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'
import { buildClinic } from './clinic'

/** What every article is about: the procedure itself. */
export const smpProcedure = {
  '@type': 'MedicalProcedure',
  name: 'Scalp micropigmentation',
  alternateName: 'SMP',
  procedureType: 'https://schema.org/NoninvasiveProcedure',
  bodyLocation: 'Scalp',
} as const satisfies MedicalProcedure

type ArticleFields = Pick<Article, 'slug' | 'title' | 'description' | 'lastReviewed' | 'reviewedBy' | 'translation'>

const person = (who: { name: string; role: string }) =>
  ({ '@type': 'Person', name: who.name, jobTitle: who.role }) as const

/** The English page: its review and reviewer are the clinical review of the text. */
export function buildMedicalWebPage(site: SiteSettings, article: ArticleFields) {
  const url = absoluteUrl(site, articlePath(article.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': `${url}#page`,
    url,
    name: article.title,
    description: article.description,
    inLanguage: 'en-GB',
    lastReviewed: article.lastReviewed,
    ...(article.reviewedBy ? { reviewedBy: person(article.reviewedBy) } : {}),
    about: smpProcedure,
    audience: 'https://schema.org/Patient',
    publisher: buildClinic(site),
  } as const satisfies WithContext<MedicalWebPage>
}

/**
 * A translated page: a translation of the English page (which carries the clinical review), in its language;
 * reviewed only by whoever checked the translation, never by the English page's reviewer. An untranslated page
 * shows the English text, so it says English.
 */
export function buildTranslatedMedicalWebPage(site: SiteSettings, article: ArticleFields, locale: Locale) {
  const url = absoluteUrl(site, localePath(locale, articlePath(article.slug)))
  const english = absoluteUrl(site, articlePath(article.slug))
  const translation = article.translation
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': `${url}#page`,
    url,
    name: article.title,
    description: article.description,
    inLanguage: translation?.kind === 'missing' ? 'en' : locale,
    translationOfWork: { '@id': `${english}#page` },
    ...(translation?.kind === 'translated' && translation.reviewedBy
      ? { reviewedBy: person(translation.reviewedBy) }
      : {}),
    about: smpProcedure,
    audience: 'https://schema.org/Patient',
    publisher: buildClinic(site),
  } as const satisfies WithContext<MedicalWebPage>
}

/** The page's data in its language. */
export const buildPageMedicalWebPage = (site: SiteSettings, article: ArticleFields, locale: Locale) =>
  locale === defaultLocale ? buildMedicalWebPage(site, article) : buildTranslatedMedicalWebPage(site, article, locale)
