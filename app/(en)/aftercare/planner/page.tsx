// /aftercare/planner: the aftercare article's schedule as a patient's own dated plan. A static
// folder beside app/[slug], so /aftercare stays the article and any other /<article>/planner is a 404.
// The page itself is components/planner/PlannerPage.tsx, shared with the Hindi one.
import type { Metadata } from 'next'
import { PlannerPage } from '@/components/planner/PlannerPage'
import { getContent, getSite } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPagesIn } from '@/lib/pages/directory'

const locale = 'en'
const page = fixedPagesIn(locale).planner

export const generateMetadata = (): Metadata => pageMetadata(getSite(), page)

export default function EnglishPlannerPage() {
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
