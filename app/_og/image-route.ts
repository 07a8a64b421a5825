// What every opengraph-image route exports, so each route file only says which page it draws. It reads the
// clinic's name itself, so it lives beside the routes (a private folder: `_og` is never a route), not in components/.
import { getSite } from '@/lib/content'
import { ogImageContentType, ogImageSize } from '@/lib/og/size'
import { fixedPages } from '@/lib/pages/directory'
import { ogImageAlt, renderOgImage } from '@/components/og/renderOgImage'

export const alt = ogImageAlt(getSite().name)
export const size = ogImageSize
export const contentType = ogImageContentType

const eyebrows: Record<keyof typeof fixedPages, string> = {
  home: 'Patient information',
  faq: 'Patient information',
  selfCheck: 'Private self-check',
  planner: 'Private aftercare plan',
}

/** The preview image of one of the pages that are not articles. */
export const fixedPageImage = (page: keyof typeof fixedPages) => () =>
  renderOgImage({ title: fixedPages[page].title, eyebrow: eyebrows[page], clinicName: getSite().name })
