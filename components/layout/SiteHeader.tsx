import type { ReactNode } from 'react'
import { SiteSearchForm } from '@/components/search/SiteSearchForm'
import { linkClass } from '@/components/ui/classes'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import { homeSectionIds, sectionHref, staticRoutes } from '@/lib/routes'

// A short list that wraps on a 360 px phone, so the navigation needs no JavaScript and no menu button.
function navigation(locale: Locale) {
  const words = layoutWords[locale].navigation
  return [
    { href: localePath(locale, sectionHref(staticRoutes.home, homeSectionIds.topics)), label: words.topics },
    { href: localePath(locale, staticRoutes.faq), label: words.faq },
    { href: localePath(locale, staticRoutes.selfCheck), label: words.selfCheck },
    { href: localePath(locale, staticRoutes.contact), label: words.contact },
  ]
}

/** `languageSwitch`: the link to this page in the other language (none on a page that has no translation). */
export function SiteHeader({
  clinicName,
  locale,
  languageSwitch,
}: {
  clinicName: string
  locale: Locale
  languageSwitch?: ReactNode
}) {
  return (
    <header className="no-print border-b-4 border-brand-700 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={localePath(locale, staticRoutes.home)} className="text-lg font-bold no-underline hover:underline">
          {clinicName}
        </a>
        <div className="no-print flex flex-wrap items-center gap-x-5 gap-y-1">
          <nav aria-label={layoutWords[locale].mainNavigation}>
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {navigation(locale).map((item) => (
                <li key={item.href}>
                  <a href={item.href} className={linkClass('nav')}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {languageSwitch}
        </div>
        <SiteSearchForm locale={locale} />
      </div>
    </header>
  )
}
