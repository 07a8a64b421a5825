// The aftercare planner's route in any language (app/(en)/aftercare/planner/page.tsx and its app/hi/ twin):
// the shared page (components/planner/PlannerPage.tsx) with that language's schedule, words, dates and digits.
import type { Metadata } from 'next'
import { PlannerPage } from '@/components/planner/PlannerPage'
import { getContent } from '@/lib/content'
import type { Locale } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPagesIn } from '@/lib/pages/directory'

export const plannerMetadata = (locale: Locale): Metadata =>
  pageMetadata(getContent(locale).site, fixedPagesIn(locale).planner)

export function PlannerRoute({ locale }: { locale: Locale }) {
  const content = getContent(locale)
  return (
    <PlannerPage
      locale={locale}
      digits={content.digits}
      site={content.site}
      region={content.region}
      schedule={content.aftercareSchedule}
      articles={content.articles}
      page={fixedPagesIn(locale).planner}
    />
  )
}
