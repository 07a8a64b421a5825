import type { Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'

/** The site informs; it never diagnoses. Shown in the footer and at the end of every article. */
export function Disclaimer({ locale, className = '' }: { locale: Locale; className?: string }) {
  return <p className={className}>{layoutWords[locale].disclaimer}</p>
}
