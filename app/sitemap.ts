import type { MetadataRoute } from 'next'
import { getContent } from '@/lib/content'
import { locales } from '@/lib/i18n/locales'
import { alternatesOf } from '@/lib/metadata/page'
import { listPages } from '@/lib/pages/directory'
import { absoluteUrl } from '@/lib/site/contact'

export const dynamic = 'force-static'

/**
 * Every public page in every language, dated by its last review (of the English original, which a
 * translation follows), each with its versions in the other languages, so search engines see what changed.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return locales.flatMap((locale) => {
    const content = getContent(locale)
    return listPages(content).map((page) => {
      const { 'x-default': _default, ...languages } = alternatesOf(content.site, page.path)
      return {
        url: absoluteUrl(content.site, page.path),
        ...(page.lastReviewed ? { lastModified: page.lastReviewed } : {}),
        alternates: { languages },
      }
    })
  })
}
