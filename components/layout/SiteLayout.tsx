import type { ReactNode } from 'react'
import type { Article } from '@/lib/content'
import type { SiteSettings } from '@/lib/site/schema'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import { SkipLink } from './SkipLink'
import { sectionIds } from '@/lib/routes'

/** The <body>'s classes, on both kinds of page (app/layout.tsx and pages/_document.tsx). */
export const bodyClassName = 'flex min-h-screen flex-col font-sans antialiased'

/** What every page shows around its own content: skip link, header, main and footer. One for documents and tools. */
export function SiteLayout({
  site,
  articles,
  children,
}: {
  site: SiteSettings
  articles: Pick<Article, 'slug' | 'title'>[]
  children: ReactNode
}) {
  return (
    <>
      <SkipLink />
      <SiteHeader clinicName={site.name} />
      <main
        id={sectionIds.mainContent}
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 focus:outline-none"
      >
        {children}
      </main>
      <SiteFooter site={site} articles={articles} />
    </>
  )
}
