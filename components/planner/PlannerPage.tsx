// The aftercare planner's page, the same in every language (pages/aftercare/planner.tsx and its pages/hi/ twin):
// the heading, the planner island with its words, the signs of infection, urgent help, the disclaimer and the
// print footer.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { InfectionWarning } from '@/components/help/InfectionWarning'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { PrintFooter } from '@/components/print/PrintFooter'
import { SiteWordsNotice } from '@/components/article/TranslationNotice'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { Island } from '@/components/islands/Island'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { readMoreTitles } from '@/lib/aftercare/read-more'
import { scheduleForPage, titlesForPage } from '@/lib/aftercare/page-schedule'
import { defaultLocale, localePath } from '@/lib/i18n/locales'
import { plannerWords } from '@/lib/i18n/words/planner'
import { plannerPageWords } from '@/lib/i18n/words/planner-page'
import { articlePath, staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import { fixedPagesIn } from '@/lib/pages/directory'
import type { PlannerPageProps } from '@/lib/pages/planner-page'
import { plannerIsland } from './planner-island'

const aftercareSlug = 'aftercare'

export function PlannerPage({
  digits,
  region,
  schedule,
  articles,
  island,
  layout: { site, locale },
}: PlannerPageProps) {
  const page = fixedPagesIn(locale).planner
  const words = plannerPageWords[locale]
  const titles = readMoreTitles(
    schedule,
    articles.map((article) => ({ path: articlePath(article.slug), headings: article.headings })),
  )
  const hasAftercare = articles.some((article) => article.slug === aftercareSlug)

  return (
    <div className="mx-auto max-w-3xl">
      <DocumentHead site={site} {...page} />
      <Breadcrumbs
        site={site}
        trail={[
          { href: localePath(locale, staticRoutes.home), label: words.breadcrumbHome },
          ...(hasAftercare
            ? [{ href: localePath(locale, articlePath(aftercareSlug)), label: words.breadcrumbAftercare }]
            : []),
          { href: page.path, label: page.title },
        ]}
        locale={locale}
      />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl print:text-2xl">{words.heading}</h1>
      <SiteWordsNotice locale={locale} englishHref={localePath(defaultLocale, page.path)} className="mt-4" />
      <p className="mt-4 text-xl text-muted print:mt-2 print:text-base">{words.intro}</p>
      <Island
        island={plannerIsland}
        bundle={island}
        props={{
          schedule: scheduleForPage(schedule, locale, digits),
          readMoreTitles: titlesForPage(titles, locale, digits),
          calendar: {
            clinicName: site.name,
            clinicPhone: site.phone,
            siteUrl: site.url,
            pageUrl: absoluteUrl(site, page.path),
          },
          words: plannerWords[locale],
          locale,
          digits,
        }}
        slots={{ afterNote: <InfectionWarning region={region} locale={locale} /> }}
      />
      <UrgentHelp region={region} className="no-print mt-10" locale={locale} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" locale={locale} />
      <PageFeedback site={site} locale={locale} title={page.title} path={page.path} />
      <PrintFooter site={site} path={page.path} locale={locale} digits={digits} />
    </div>
  )
}
