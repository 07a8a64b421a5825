import type { Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import { hash, sectionIds } from '@/lib/routes'

export function SkipLink({ locale }: { locale: Locale }) {
  return (
    <a
      href={hash(sectionIds.mainContent)}
      className="no-print sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:font-semibold"
    >
      {layoutWords[locale].skipToContent}
    </a>
  )
}
