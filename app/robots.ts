import type { MetadataRoute } from 'next'
import { getSite } from '@/lib/content'
import { absoluteUrl } from '@/lib/site/contact'

export const dynamic = 'force-static'

// Everything may be crawled; the staff page keeps itself out of results with its own noindex tag,
// which crawlers can only read if they are allowed to fetch it.
export default function robots(): MetadataRoute.Robots {
  const site = getSite()
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl(site, '/sitemap.xml'),
  }
}
