import type { ReactNode } from 'react'
import type { Article } from '@/lib/content'
import type { Locale } from '@/lib/i18n/locales'
import type { SiteSettings } from '@/lib/site/schema'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import { SkipLink } from './SkipLink'
import { sectionIds } from '@/lib/routes'

/** The <body>'s classes (pages/_document.tsx). */
export const bodyClassName = 'flex min-h-screen flex-col font-sans antialiased'

/**
 * What every page shows around its own content: skip link, header (with the language switcher), main and
 * footer, in the page's language. One for documents and tools.
 */
export function SiteLayout({
  site,
  articles,
  locale,
  languageSwitch,
  children,
}: {
  site: SiteSettings
  articles: Pick<Article, 'slug' | 'title'>[]
  locale: Locale
  languageSwitch?: ReactNode
  children: ReactNode
}) {
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader clinicName={site.name} locale={locale} languageSwitch={languageSwitch} />
      <main
        id={sectionIds.mainContent}
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 focus:outline-none"
      >
        {children}
      </main>
      <SiteFooter site={site} articles={articles} locale={locale} />
    </>
  )
}
