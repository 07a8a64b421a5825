// The tools' root layouts, one per language (app/(en)/layout.tsx, app/hi/layout.tsx: a root layout is the only
// place <html lang> can be set in the App Router). Documents (pages/) share SiteLayout and the head builder.
import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { bodyClassName, SiteLayout } from '@/components/layout/SiteLayout'
import { ToolLanguageSwitch } from '@/components/layout/ToolLanguageSwitch'
import { getContent } from '@/lib/content'
import { htmlLang } from '@/lib/i18n/html-lang'
import type { Locale } from '@/lib/i18n/locales'
import { layoutWords } from '@/lib/i18n/words/layout'
import { siteHead } from '@/lib/metadata/page'
import { fixedPagesIn } from '@/lib/pages/directory'

export function rootMetadata(locale: Locale): Metadata {
  const { site } = getContent(locale)
  const home = fixedPagesIn(locale).home
  return {
    metadataBase: new URL(site.url),
    title: { default: `${home.title} | ${site.name}`, template: `%s | ${site.name}` },
    description: home.description,
    applicationName: site.name,
  }
}

export const rootViewport: Viewport = { themeColor: siteHead.themeColor, width: 'device-width', initialScale: 1 }

export function RootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { site, articles, region } = getContent(locale)
  return (
    <html lang={htmlLang(locale, region)}>
      <body className={bodyClassName}>
        <SiteLayout
          site={site}
          articles={articles}
          locale={locale}
          languageSwitch={<ToolLanguageSwitch locale={locale} label={layoutWords[locale].languages} />}
        >
          {children}
        </SiteLayout>
      </body>
    </html>
  )
}
