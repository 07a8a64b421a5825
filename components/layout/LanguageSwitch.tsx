import { linkClass } from '@/components/ui/classes'
import { localeNames, localePath, locales, type Locale } from '@/lib/i18n/locales'

/**
 * Links to this page in the other languages, each named in its own language and marked with lang and
 * hreflang. `path` is the page's address without a language prefix. A plain link: it works without
 * JavaScript; a small script adds the section the reader is at (enhance/language-switch.ts). `label` names the
 * list for screen readers, in the page's language (layoutWords' `languages`).
 */
export function LanguageSwitch({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-x-4">
        {locales
          .filter((other) => other !== locale)
          .map((other) => (
            <li key={other}>
              <a
                href={localePath(other, path)}
                lang={other}
                hrefLang={other}
                data-language-switch=""
                className={linkClass('nav', 'font-semibold')}
              >
                {localeNames[other]}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  )
}
