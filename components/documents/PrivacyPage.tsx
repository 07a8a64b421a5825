// The privacy notice, in any language (pages/privacy.tsx, pages/hi/privacy.tsx): what the website collects
// (nothing), what happens to a message sent by phone, WhatsApp or email (the clinic's values from
// content/site.yaml; a value still TODO there says "ask us"), and the reader's rights and regulator (the country's,
// from content/regions.yaml). Plain words; it claims nothing the clinic has not written.
import { fillNodes } from '@/components/article/fill-nodes'
import { TranslationNotice } from '@/components/article/TranslationNotice'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { ContactLink } from '@/components/ui/ContactLink'
import { linkClass } from '@/components/ui/classes'
import { articleWords } from '@/lib/i18n/words/article'
import { siteWordsNotice } from '@/lib/i18n/words/status'
import { privacyWords } from '@/lib/i18n/words/privacy'
import type { PrivacyPageProps } from '@/lib/pages/contact-page'
import { fixedPagesIn } from '@/lib/pages/directory'
import { privacyPageSectionIds, staticRoutes } from '@/lib/routes'

const h2Class = 'mt-10 text-2xl font-bold'

export function PrivacyPage({ region, layout: { site, locale } }: PrivacyPageProps) {
  const pages = fixedPagesIn(locale)
  const words = privacyWords[locale]
  const { controller, readBy, keptFor, email = site.email } = site.privacy
  const { rights, regulator, regulatorUrl } = region.dataProtection
  return (
    <div className="mx-auto max-w-3xl">
      <DocumentHead site={site} {...pages.privacy} />
      <Breadcrumbs
        site={site}
        trail={[
          { href: pages.home.path, label: articleWords[locale].home },
          { href: pages.privacy.path, label: pages.privacy.title },
        ]}
        locale={locale}
      />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{pages.privacy.title}</h1>
      <p className="mt-4 text-xl text-muted">{fillNodes(words.intro, { clinic: site.name })}</p>
      {/* The site's own words only: their status is the notice's (as on the home page). */}
      {locale !== 'en' && (
        <TranslationNotice
          locale={locale}
          status={siteWordsNotice(locale)}
          englishHref={staticRoutes.privacy}
          className="mt-4"
        />
      )}

      <section aria-labelledby={privacyPageSectionIds.thisSite}>
        <h2 id={privacyPageSectionIds.thisSite} className={h2Class}>
          {words.thisSite}
        </h2>
        <p className="mt-4">{words.nothing}</p>
        <p className="mt-4">{words.selfCheck}</p>
        <p className="mt-4">{words.planner}</p>
        <p className="mt-4">{words.host}</p>
      </section>

      <section aria-labelledby={privacyPageSectionIds.messages}>
        <h2 id={privacyPageSectionIds.messages} className={h2Class}>
          {words.messages}
        </h2>
        <p className="mt-4">
          {words.ownSystems} {words.apps}
        </p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>{readBy ? fillNodes(words.readBy, { readBy }) : words.readByAsk}</li>
          <li>{keptFor ? fillNodes(words.keptFor, { keptFor }) : words.keptForAsk}</li>
          <li>{controller ? fillNodes(words.controller, { controller }) : words.controllerAsk}</li>
        </ul>
        <p className="mt-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 font-semibold">{words.health}</p>
      </section>

      <section aria-labelledby={privacyPageSectionIds.rights}>
        <h2 id={privacyPageSectionIds.rights} className={h2Class}>
          {words.rights}
        </h2>
        <p className="mt-4">{rights}</p>
        <p className="mt-4">
          {fillNodes(words.ask, {
            email: <ContactLink kind="email" className="break-all" email={email} />,
            phone: <ContactLink kind="phone" phone={site.phone} />,
          })}
        </p>
        <p className="mt-4">
          {fillNodes(words.complain, {
            regulator: regulatorUrl ? (
              <a className={linkClass()} href={regulatorUrl}>
                {regulator}
                <span className="sr-only"> {words.regulatorLinkHint}</span>
              </a>
            ) : (
              regulator
            ),
          })}
        </p>
      </section>

      <PageFeedback site={site} locale={locale} title={pages.privacy.title} path={pages.privacy.path} />
    </div>
  )
}
