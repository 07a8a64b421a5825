// The language tag a page is marked with (<html lang>, og:locale). English pages carry the region's
// English (en-GB, en-IN: spelling and spoken numbers differ); Hindi is Hindi wherever the clinic is.
import type { Region } from '@/lib/site/regions'
import type { Locale } from './locales'

export const htmlLang = (locale: Locale, region: Pick<Region, 'locale'>): string =>
  locale === 'en' ? region.locale : locale
