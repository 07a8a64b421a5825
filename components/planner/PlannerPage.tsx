// The aftercare planner's page, the same in every language: the heading, the planner island with its
// words, the signs of infection, urgent help, the disclaimer and the print footer. Each language's route
// (app/(en)/aftercare/planner, app/hi/aftercare/planner) reads its content and passes it here, so the
// two pages cannot drift apart.
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { InfectionWarning } from '@/components/help/InfectionWarning'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Disclaimer } from '@/components/layout/Disclaimer'
import { ToolTranslationNotice } from '@/components/layout/ToolTranslationNotice'
import { PrintFooter } from '@/components/print/PrintFooter'
import { readMoreTitles } from '@/lib/aftercare/read-more'
import { scheduleForPage, titlesForPage } from '@/lib/aftercare/page-schedule'
import type { AftercareSchedule } from '@/lib/aftercare/types'
import type { Digits } from '@/lib/i18n/digits'
import { localePath, type Locale } from '@/lib/i18n/locales'
import { plannerWords } from '@/lib/i18n/words/planner'
import { plannerPageWords } from '@/lib/i18n/words/planner-page'
import { articlePath, staticRoutes } from '@/lib/routes'
import { absoluteUrl } from '@/lib/site/contact'
import type { Region } from '@/lib/site/regions'
import type { SiteSettings } from '@/lib/site/schema'
import { AftercarePlanner } from './AftercarePlanner'

const aftercareSlug = 'aftercare'

export type PlannerPageProps = {
  locale: Locale
  digits: Digits
  site: SiteSettings
  region: Region
  /** The schedule in this language. */
  schedule: AftercareSchedule
  /** The articles in this language (their slugs and headings), for the "read more" link texts. */
  articles: { slug: string; headings: { id: string; text: string }[] }[]
  /** The page's address in this language and its title (fixedPagesIn(locale).planner). */
  page: { path: string; title: string }
}

export function PlannerPage({ locale, digits, site, region, schedule, articles, page }: PlannerPageProps) {
  const words = plannerPageWords[locale]
  const titles = readMoreTitles(
    schedule,
    articles.map((article) => ({ path: articlePath(article.slug), headings: article.headings })),
  )
  const hasAftercare = articles.some((article) => article.slug === aftercareSlug)

  return (
    <div className="mx-auto max-w-3xl">
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
      <ToolTranslationNotice locale={locale} path={page.path} className="mt-4" />
      <p className="mt-4 text-xl text-muted print:mt-2 print:text-base">{words.intro}</p>
      <AftercarePlanner
        schedule={scheduleForPage(schedule, locale, digits)}
        readMoreTitles={titlesForPage(titles, locale, digits)}
        calendar={{
          clinicName: site.name,
          clinicPhone: site.phone,
          siteUrl: site.url,
          pageUrl: absoluteUrl(site, page.path),
        }}
        stageNotes={{ after: <InfectionWarning region={region} locale={locale} /> }}
        words={plannerWords[locale]}
        locale={locale}
        digits={digits}
      />
      <UrgentHelp region={region} className="no-print mt-10" locale={locale} />
      <Disclaimer className="mt-8 border-l-4 border-brand-100 pl-4 text-sm text-muted" locale={locale} />
      <PrintFooter site={site} path={page.path} locale={locale} digits={digits} />
    </div>
  )
}
