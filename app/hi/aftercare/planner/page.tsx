// /hi/aftercare/planner: the planner in Hindi, the same page as /aftercare/planner
// (components/planner/PlannerPage.tsx) with the Hindi schedule, words, dates and digits, under the Hindi
// root layout (app/hi/layout.tsx, <html lang="hi">).
import type { Metadata } from 'next'
import { PlannerPage } from '@/components/planner/PlannerPage'
import { getContent, getSite } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPagesIn } from '@/lib/pages/directory'

const locale = 'hi'
const page = fixedPagesIn(locale).planner

export const generateMetadata = (): Metadata => pageMetadata(getSite(), page)

export default function HindiPlannerPage() {
  const content = getContent(locale)
  return (
    <PlannerPage
      locale={locale}
      digits={content.digits}
      site={content.site}
      region={content.region}
      schedule={content.aftercareSchedule}
      articles={content.articles}
      page={page}
    />
  )
}
