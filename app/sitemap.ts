import type { MetadataRoute } from 'next'
import { getContent } from '@/lib/content'
import { listPages } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'

export const dynamic = 'force-static'

/** Every public page, dated by its last review, so search engines see what changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent()
  return listPages(content).map((page) => ({
    url: absoluteUrl(content.site, page.path),
    ...(page.lastReviewed ? { lastModified: page.lastReviewed } : {}),
  }))
}
