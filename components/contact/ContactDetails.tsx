import { ContactLink } from '@/components/ui/ContactLink'
import { linkClass } from '@/components/ui/classes'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { helpWords } from '@/lib/i18n/words/help'
import { ownPhone } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'
import { LocationFacts } from './LocationFacts'

const dlClass = 'mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2'

/**
 * The clinic's ways to get in touch, from content/site.yaml: its phone, WhatsApp and email, then its place (one
 * place: in the same list) or each of its places under its name (opening hours in the page's language when given).
 */
export function ContactDetails({
  site,
  id,
  locale,
  title = fill(helpWords[locale].contact.heading, { name: site.name }),
}: {
  site: SiteSettings
  id: string
  locale: Locale
  title?: string
}) {
  const words = helpWords[locale].contact
  const [only] = site.locations.length === 1 ? site.locations : []
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <dl className={dlClass}>
        <dt className="font-medium">{words.phone}</dt>
        <dd>
          <ContactLink kind="phone" look="plain" phone={site.phone} />
        </dd>
        {site.whatsapp && (
          <>
            <dt className="font-medium">{words.whatsapp}</dt>
            <dd>
              <ContactLink kind="whatsapp" look="plain" number={site.whatsapp}>
                {words.whatsappLink}
              </ContactLink>
            </dd>
          </>
        )}
        <dt className="font-medium">{words.email}</dt>
        <dd className="break-all">
          <ContactLink kind="email" look="plain" email={site.email} />
        </dd>
        {only && <LocationFacts location={only} phone={ownPhone(site, only)} locale={locale} />}
      </dl>
      {!only && (
        <ul className="mt-4 space-y-4">
          {site.locations.map((location) => (
            <li key={location.id}>
              <h3 className="font-semibold">{location.name}</h3>
              <dl className={dlClass}>
                <LocationFacts location={location} phone={ownPhone(site, location)} locale={locale} />
              </dl>
            </li>
          ))}
        </ul>
      )}
      {site.bookingUrl && (
        <p className="mt-4">
          <a className={linkClass('plain', 'font-semibold')} href={site.bookingUrl}>
            {words.bookOnline}
          </a>
        </p>
      )}
    </section>
  )
}
