// The <head> of every page, built in one place: title, description, canonical URL, Open Graph and
// Twitter card tags. A link pasted into WhatsApp or an email previews from these.
import type { Metadata } from 'next'
import type { SiteSettings } from '@/lib/site/schema'
import { absoluteUrl } from '@/lib/site/contact'

export type PageMetadataInput = {
  /** Root-relative path of the page, e.g. "/aftercare". */
  path: string
  /** The page's own title; the clinic's name follows it in the tab, search results and previews. */
  title: string
  description: string
  /** Articles are "article" for Open Graph; everything else is a "website" page. */
  type?: 'article' | 'website'
  /** Calendar date (YYYY-MM-DD) the content was last reviewed, for article:modified_time. */
  lastReviewed?: string
  /** Staff-only pages stay out of search engines. */
  noindex?: boolean
}

export const ogLocale = 'en_GB'

export function pageMetadata(site: Pick<SiteSettings, 'name' | 'url'>, page: PageMetadataInput): Metadata {
  const url = absoluteUrl(site, page.path)
  // Previews show the title with the clinic's name, as the browser tab does.
  const fullTitle = `${page.title} | ${site.name}`
  return {
    // Absolute, so the home page (which the layout's template does not reach) reads the same way.
    title: { absolute: fullTitle },
    description: page.description,
    alternates: { canonical: url },
    openGraph: {
      type: page.type ?? 'website',
      url,
      title: fullTitle,
      description: page.description,
      siteName: site.name,
      locale: ogLocale,
      ...(page.type === 'article' && page.lastReviewed ? { modifiedTime: page.lastReviewed } : {}),
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description: page.description },
    ...(page.noindex ? { robots: { index: false, follow: false } } : {}),
  }
}
