import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { bodyClassName, SiteLayout } from '@/components/layout/SiteLayout'
import { getArticles, getSite } from '@/lib/content'
import { siteHead } from '@/lib/metadata/page'
import '../globals.css'

// The Hindi tools' root layout: its own <html lang="hi"> (a root layout per language, app/(en)/ and app/hi/).
export function generateMetadata(): Metadata {
  const site = getSite()
  return { metadataBase: new URL(site.url), applicationName: site.name }
}

export const viewport: Viewport = { themeColor: siteHead.themeColor, width: 'device-width', initialScale: 1 }

export default function HindiRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="hi">
      <body className={bodyClassName}>
        <SiteLayout site={getSite()} articles={getArticles()}>
          {children}
        </SiteLayout>
      </body>
    </html>
  )
}
