import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { ogWords } from '@/lib/i18n/words/og'

/** The size WhatsApp, email clients and social sites expect for a large link preview. */
export const ogImageSize = { width: 1200, height: 630 } as const
export const ogImageContentType = 'image/png'

/** Long titles get smaller type so that they still fit in three lines. */
export function ogTitleFontSize(title: string): number {
  if (title.length <= 28) return 88
  if (title.length <= 48) return 76
  return 64
}

/** The alt text of every preview image, in the page's language. */
export const ogImageAlt = (clinicName: string, locale: Locale = 'en') =>
  fill(ogWords[locale].alt, { clinic: clinicName })
