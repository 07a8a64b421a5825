import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { bodyClassName, SiteLayout } from '@/components/layout/SiteLayout'
import { getArticles, getRegion, getSite } from '@/lib/content'
import { siteHead } from '@/lib/metadata/page'
import '../globals.css'

// The tools' root layout (the App Router). Documents (pages/) share SiteLayout and the head builder.
export function generateMetadata(): Metadata {
  const site = getSite()
  return {
    metadataBase: new URL(site.url),
    title: { default: `Scalp micropigmentation explained | ${site.name}`, template: `%s | ${site.name}` },
    description: `Plain answers about scalp micropigmentation (SMP) from ${site.name}, a clinic that offers it.`,
    applicationName: site.name,
  }
}

export const viewport: Viewport = { themeColor: siteHead.themeColor, width: 'device-width', initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={getRegion().locale}>
      <body className={bodyClassName}>
        <SiteLayout site={getSite()} articles={getArticles()}>
          {children}
        </SiteLayout>
      </body>
    </html>
  )
}
