// How the site's own words (lib/i18n/words/*) were translated, per translated language, and the status a
// page's translation notice shows (components/article/TranslationNotice.tsx). The home page and the tools
// are made of the site's words only, so they show this status; documents show their own front matter's.
import type { TranslatedLocale } from '@/lib/i18n/locales'

export type TranslationMethod = 'machine' | 'professional'
export type TranslationReviewer = { name: string; role: string }

/** How a language's UI words were made; `reviewedBy` only once a clinician who reads the language has checked them. */
export type SiteWordsStatus = { method: TranslationMethod; reviewedBy?: TranslationReviewer }

/** Every dictionary's Hindi was machine-translated and nobody has checked it yet: no reviewer is named. */
export const siteWordsTranslation: Readonly<Record<TranslatedLocale, SiteWordsStatus>> = {
  hi: { method: 'machine' },
}

/**
 * What a translation notice says about a page: translated (how, by whom it was checked, whether the English
 * moved on since, whether some parts are still English) or not translated at all. A content Translation fits.
 */
export type NoticeStatus =
  | { kind: 'missing' }
  | {
      kind: 'translated'
      method: TranslationMethod
      reviewedBy?: TranslationReviewer
      englishIsNewer?: boolean
      /** Some parts of the page (FAQ answers) are not translated yet and show in English. */
      partlyMissing?: boolean
    }

/** The notice for a page made of the site's own words only (the home page, the tools). */
export const siteWordsNotice = (locale: TranslatedLocale): NoticeStatus => ({
  kind: 'translated',
  ...siteWordsTranslation[locale],
})
