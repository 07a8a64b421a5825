// The contact page, in any language (pages/contact.tsx, pages/hi/contact.tsx): each of the clinic's places, the
// ways to ask (phone; WhatsApp and email with a short message that says nothing about health), what happens next,
// and the country's urgent help. No form: nothing a patient writes passes through this website.
import { fillNodes } from '@/components/article/fill-nodes'
import { TranslationNotice } from '@/components/article/TranslationNotice'
import { LocationFacts } from '@/components/contact/LocationFacts'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { UrgentHelp } from '@/components/help/UrgentHelp'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PrintFooter } from '@/components/print/PrintFooter'
import { DocumentHead } from '@/components/seo/DocumentHead'
import { JsonLd } from '@/components/seo/JsonLd'
import { ContactLink } from '@/components/ui/ContactLink'
import { TextLink } from '@/components/ui/TextLink'
import { linkClass } from '@/components/ui/classes'
import { enquiry } from '@/lib/contact/enquiry'
import { articleWords } from '@/lib/i18n/words/article'
import { siteWordsNotice } from '@/lib/i18n/words/status'
import { contactWords } from '@/lib/i18n/words/contact'
import { helpWords } from '@/lib/i18n/words/help'
import type { ContactPageProps } from '@/lib/pages/contact-page'
import { fixedPagesIn } from '@/lib/pages/directory'
import { contactPageSectionIds, staticRoutes } from '@/lib/routes'
import { buildClinic } from '@/lib/structured-data/clinic'

const h2Class = 'text-2xl font-bold'

export function ContactPage({ region, digits, layout: { site, locale } }: ContactPageProps) {
  const pages = fixedPagesIn(locale)
  const words = contactWords[locale]
  const labels = helpWords[locale].contact
  const message = enquiry(locale, site)
  return (
    <div className="mx-auto max-w-3xl">
      <DocumentHead site={site} {...pages.contact} />
      <Breadcrumbs
        site={site}
        trail={[
          { href: pages.home.path, label: articleWords[locale].home },
          { href: pages.contact.path, label: pages.contact.title },
        ]}
        locale={locale}
      />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{pages.contact.title}</h1>
      <p className="mt-4 text-xl text-muted">{words.intro}</p>
      {/* The site's own words only: their status is the notice's (as on the home page). */}
      {locale !== 'en' && (
        <TranslationNotice
          locale={locale}
          status={siteWordsNotice(locale)}
          englishHref={staticRoutes.contact}
          className="mt-4"
        />
      )}

      <section aria-labelledby={contactPageSectionIds.locations} className="mt-10">
        <h2 id={contactPageSectionIds.locations} className={h2Class}>
          {words.locations}
        </h2>
        <ul className="mt-4 space-y-6">
          {site.locations.map((location) => (
            <li key={location.id} className="rounded-md border border-brand-100 p-5">
              <h3 id={location.id} className="text-xl font-semibold">
                {location.name}
              </h3>
              <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
                <LocationFacts location={location} phone={location.phone} locale={locale} />
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={contactPageSectionIds.enquire} className="mt-10">
        <h2 id={contactPageSectionIds.enquire} className={h2Class}>
          {words.enquire}
        </h2>
        <ul className="mt-4 space-y-3 text-lg">
          <li>
            {fillNodes(words.callUs, { phone: <ContactLink kind="phone" look="strong" phone={site.phone} /> })}
            {site.locations.length > 1 && ` ${words.callPlace}`}
          </li>
          {site.whatsapp && (
            <li>
              <ContactLink kind="whatsapp" look="strong" number={site.whatsapp} text={message.text}>
                {words.whatsapp}
              </ContactLink>
            </li>
          )}
          <li>
            <ContactLink
              kind="email"
              look="strong"
              email={site.email}
              subject={message.emailSubject}
              body={message.text}
            >
              {words.email}
            </ContactLink>
            <br />
            {fillNodes(words.emailAddress, { email: <span className="break-all">{site.email}</span> })}
          </li>
          {site.bookingUrl && (
            <li>
              <a className={linkClass('strong')} href={site.bookingUrl}>
                {labels.bookOnline}
              </a>
            </li>
          )}
        </ul>
        <p className="mt-4">{words.prefilled}</p>
        <p className="mt-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 font-semibold">
          {words.noHealthDetails}
        </p>
      </section>

      <section aria-labelledby={contactPageSectionIds.whatHappensNext} className="mt-10">
        <h2 id={contactPageSectionIds.whatHappensNext} className={h2Class}>
          {words.whatHappensNext}
        </h2>
        <p className="mt-4">{words.nextSteps}</p>
        <p className="mt-4">
          {site.replyTime ? fillNodes(words.replyTime, { replyTime: site.replyTime }) : words.noReplyTime}
        </p>
        <p className="mt-4">
          {fillNodes(words.privacyLink, {
            privacy: <TextLink href={pages.privacy.path}>{words.privacy}</TextLink>,
          })}
        </p>
      </section>

      <UrgentHelp region={region} className="mt-10" locale={locale} />
      <PageFeedback site={site} locale={locale} title={pages.contact.title} path={pages.contact.path} />
      <PrintFooter site={site} path={pages.contact.path} locale={locale} digits={digits} />
      <JsonLd data={{ '@context': 'https://schema.org', ...buildClinic(site) }} />
    </div>
  )
}
