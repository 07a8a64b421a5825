// The aftercare planner's route in every language (pages/aftercare/planner.tsx, pages/hi/aftercare/planner.tsx):
// its props, on the server.
import type { GetStaticProps } from 'next'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import { getContent } from '@/lib/content'
import { islandBundle, type IslandBundle } from '@/lib/enhance/bundle'
import { islandNames } from '@/lib/enhance/islands'
import type { Digits } from '@/lib/i18n/digits'
import type { Locale } from '@/lib/i18n/locales'
import { documentProps, type DocumentProps } from '@/lib/pages/document-props'
import { staticRoutes } from '@/lib/routes'
import type { Region } from '@/lib/site/regions'

export type PlannerPageProps = DocumentProps<{
  digits: Digits
  region: Region
  /** The schedule in this language. */
  schedule: AftercareSchedule
  /** The articles in this language (their slugs and headings), for the "read more" link texts. */
  articles: { slug: string; headings: { id: string; text: string }[] }[]
  island: IslandBundle
}>

export const plannerStaticProps =
  (locale: Locale): GetStaticProps<PlannerPageProps> =>
  () => {
    const { digits, region, aftercareSchedule, articles } = getContent(locale)
    return documentProps(
      {
        digits,
        region,
        schedule: aftercareSchedule,
        articles: articles.map(({ slug, headings }) => ({
          slug,
          headings: headings.map(({ id, text }) => ({ id, text })),
        })),
        island: islandBundle(islandNames.planner),
      },
      { locale, path: staticRoutes.planner },
    )
  }
