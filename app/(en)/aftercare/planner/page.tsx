// /aftercare/planner: the aftercare article's schedule as a patient's own dated plan. A static
// folder beside app/[slug], so /aftercare stays the article and any other /<article>/planner is a 404.
import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { InfectionWarning } from '@/components/help/InfectionWarning'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { AftercarePlanner } from '@/components/planner/AftercarePlanner'
import { PrintFooter } from '@/components/print/PrintFooter'
import { getAftercareSchedule, getArticle, getArticles, getRegion, getSite } from '@/lib/content'
import { readMoreTitles } from '@/lib/aftercare/read-more'
import { pageMetadata } from '@/lib/metadata/page'
import { fixedPages } from '@/lib/pages/directory'
import { articlePath, staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'

const page = fixedPages.planner
const aftercareSlug = 'aftercare'

export const generateMetadata = (): Metadata => pageMetadata(getSite(), page)

export default function PlannerPage() {
  const site = getSite()
  const region = getRegion()
  const schedule = getAftercareSchedule()
  const aftercare = getArticle(aftercareSlug)
  const titles = readMoreTitles(
    schedule,
    getArticles().map((article) => ({ path: articlePath(article.slug), headings: article.headings })),
  )

  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumbs
        site={site}
        trail={[
          { href: staticRoutes.home, label: 'Home' },
          // A short label keeps the trail on one line on a phone, with room around each link.
          ...(aftercare ? [{ href: articlePath(aftercare.slug), label: 'Aftercare' }] : []),
          { href: page.path, label: page.title },
        ]}
      />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl print:text-2xl">Your aftercare plan</h1>
      <p className="mt-4 text-xl text-muted print:mt-2 print:text-base">
        What to do and avoid before and after your SMP session, day by day. Your practitioner&apos;s advice always comes
        first: follow it where it is different from this plan.
      </p>
      <AftercarePlanner
        schedule={schedule}
        readMoreTitles={titles}
        calendar={{
          clinicName: site.name,
          clinicPhone: site.phone,
          siteUrl: site.url,
          pageUrl: absoluteUrl(site, page.path),
        }}
        stageNotes={{ after: <InfectionWarning region={region} /> }}
      />
      <UrgentHelp region={region} className="no-print mt-10" />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" />
      <PrintFooter site={site} path={page.path} />
    </div>
  )
}
