// What every opengraph-image route exports, so each route file only says which page it draws, in which
// language. It reads the clinic's name itself, so it lives beside the routes (a private folder: `_og` is never
// a route), not in components/.
import { getContent, getSite } from '@/lib/content'
import type { Locale } from '@/lib/i18n/locales'
import { ogWords } from '@/lib/i18n/words/og'
import { ogImageContentType, ogImageSize } from '@/lib/og/size'
import { fixedPagesIn, type FixedPageName } from '@/lib/pages/directory'
import { ogImageAlt, renderOgImage } from '@/components/og/renderOgImage'

export const size = ogImageSize
export const contentType = ogImageContentType

/** The alt text of a preview image in a language. */
export const altIn = (locale: Locale) => ogImageAlt(getSite().name, locale)
export const alt = altIn('en')

/** The preview image of one of the pages that are not articles. */
export const fixedPageImage = (page: FixedPageName, locale: Locale) => () =>
  renderOgImage({
    title: fixedPagesIn(locale)[page].title,
    eyebrow: ogWords[locale].eyebrow[page],
    clinicName: getSite().name,
  })

/** The article routes' exports in a language: every article's image, prerendered. */
export function articleImageRoute(locale: Locale) {
  return {
    generateStaticParams: () => getContent(locale).articles.map((article) => ({ slug: article.slug })),
    image: async (slug: string) => {
      const article = getContent(locale).articles.find((candidate) => candidate.slug === slug)
      if (!article) return undefined
      return renderOgImage({
        title: article.title,
        eyebrow: ogWords[locale].eyebrow.article,
        clinicName: getSite().name,
      })
    },
  }
}
