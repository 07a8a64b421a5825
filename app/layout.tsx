import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { getArticles, getRegion, getSite } from '@/lib/content'
import { brandColours } from '@/lib/site/brand'
import './globals.css'

export function generateMetadata(): Metadata {
  const site = getSite()
  return {
    metadataBase: new URL(site.url),
    title: { default: `Scalp micropigmentation explained | ${site.name}`, template: `%s | ${site.name}` },
    description: `Plain answers about scalp micropigmentation (SMP) from ${site.name}, a clinic that offers it.`,
    applicationName: site.name,
  }
}

export const viewport: Viewport = { themeColor: brandColours.brand900, width: 'device-width', initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite()
  return (
    <html lang={getRegion().locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader clinicName={site.name} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter site={site} articles={getArticles()} />
      </body>
    </html>
  )
}
