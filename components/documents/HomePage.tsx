// The home page, in any language (pages/index.tsx, pages/hi/index.tsx).
import { fillNodes } from '@/components/article/fill-nodes'
import { SiteWordsNotice } from '@/components/article/TranslationNotice'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { TopicCards } from '@/components/layout/TopicCards'
import { PlannerCallout } from '@/components/planner/PlannerCallout'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { JsonLd } from '@/components/seo/JsonLd'
import { linkClass } from '@/components/ui/classes'
import { ContactLink } from '@/components/ui/ContactLink'
import { ButtonLink, TextLink } from '@/components/ui/TextLink'
import { localePath } from '@/lib/i18n/locales'
import { homeWords } from '@/lib/i18n/words/home'
import type { HomePageProps } from '@/lib/pages/home-page'
import { fixedPagesIn } from '@/lib/pages/directory'
import { homeSectionIds, staticRoutes } from '@/lib/routes'
import { buildClinic } from '@/lib/structured-data/clinic'

// Buttons that stay links: underlined on hover like every link.
const buttonLinkExtras = 'inline-block underline-offset-4 hover:underline'

export function HomePage({ articles, layout: { site, locale } }: HomePageProps) {
  const words = homeWords[locale]
  return (
    <div className="space-y-12">
      <DocumentHead site={site} {...fixedPagesIn(locale).home} />
      <section aria-labelledby={homeSectionIds.intro}>
        <h1 id={homeSectionIds.intro} className="max-w-3xl text-3xl leading-tight font-bold sm:text-4xl">
          {words.heading}
        </h1>
        <p className="mt-4 max-w-2xl text-xl text-muted">{words.intro}</p>
        {/* The home page is the site's own words only: their status is the notice's. */}
        <SiteWordsNotice locale={locale} englishHref={staticRoutes.home} className="mt-4 max-w-2xl" />
        <ul className="mt-6 flex flex-wrap gap-4">
          <li>
            <ButtonLink
              href={localePath(locale, staticRoutes.selfCheck)}
              variant="primary"
              size="large"
              className={buttonLinkExtras}
            >
              {words.selfCheck}
            </ButtonLink>
          </li>
          <li>
            <ButtonLink href={localePath(locale, staticRoutes.faq)} size="large" className={buttonLinkExtras}>
              {words.faq}
            </ButtonLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby={homeSectionIds.topicsHeading} id={homeSectionIds.topics}>
        <h2 id={homeSectionIds.topicsHeading} className="text-2xl font-bold">
          {words.topics}
        </h2>
        <div className="mt-4">
          <TopicCards articles={articles} locale={locale} />
        </div>
      </section>

      <PlannerCallout className="max-w-3xl" locale={locale} />

      <section aria-labelledby={homeSectionIds.getInTouch} className="rounded-lg bg-brand-50 p-6">
        <h2 id={homeSectionIds.getInTouch} className="text-2xl font-bold">
          {words.getInTouch}
        </h2>
        <p className="mt-3 text-lg">
          {fillNodes(site.whatsapp ? words.contact : words.contactNoWhatsapp, {
            phone: <ContactLink kind="phone" phone={site.phone} />,
            whatsapp: site.whatsapp && (
              <ContactLink kind="whatsapp" number={site.whatsapp}>
                {words.whatsapp}
              </ContactLink>
            ),
            email: <ContactLink kind="email" className="break-all" email={site.email} />,
          })}
          {site.bookingUrl && (
            <>
              {' '}
              {fillNodes(words.booking, {
                book: (
                  <a className={linkClass()} href={site.bookingUrl}>
                    {words.book}
                  </a>
                ),
              })}
            </>
          )}
        </p>
        <p className="mt-2">
          <TextLink href={localePath(locale, staticRoutes.contact)}>{words.addressAndHours}</TextLink>
        </p>
      </section>
      <PageFeedback site={site} locale={locale} title={words.heading} path={fixedPagesIn(locale).home.path} />
      <JsonLd data={{ '@context': 'https://schema.org', ...buildClinic(site) }} />
    </div>
  )
}
