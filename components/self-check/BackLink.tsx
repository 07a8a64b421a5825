import { linkClass } from '@/components/ui/classes'
import { localePath } from '@/lib/i18n/locales'
import { staticRoutes } from '@/lib/routes'
import type { SelfCheckLanguage } from '@/lib/self-check/language'

/** GOV.UK's Back link: the browser's own back, so it and the Back button always agree. */
export function BackLink({ language }: { language: SelfCheckLanguage }) {
  return (
    <a
      // A real address (the start, in this language) for a new tab; a click goes back in history.
      href={localePath(language.locale, staticRoutes.selfCheck)}
      onClick={(event) => {
        event.preventDefault()
        window.history.back()
      }}
      className={linkClass('text', 'no-print mb-6 inline-block')}
    >
      ‹ {language.words.back}
    </a>
  )
}
