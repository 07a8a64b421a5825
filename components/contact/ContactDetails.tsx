import { ContactLink } from '@/components/ui/ContactLink'
import { linkClass } from '@/components/ui/classes'
import { formatAddress } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'

/** The clinic's ways to get in touch, from content/site.yaml. */
export function ContactDetails({
  site,
  id,
  title = `Contact ${site.name}`,
}: {
  site: SiteSettings
  id: string
  title?: string
}) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">Phone</dt>
        <dd>
          <ContactLink kind="phone" look="plain" phone={site.phone} />
        </dd>
        {site.whatsapp && (
          <>
            <dt className="font-medium">WhatsApp</dt>
            <dd>
              <ContactLink kind="whatsapp" look="plain" number={site.whatsapp} />
            </dd>
          </>
        )}
        <dt className="font-medium">Email</dt>
        <dd className="break-all">
          <ContactLink kind="email" look="plain" email={site.email} />
        </dd>
        <dt className="font-medium">Address</dt>
        <dd>{formatAddress(site)}</dd>
        <dt className="font-medium">Opening hours</dt>
        <dd>
          <ul>
            {site.openingHours.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {site.bookingUrl && (
        <p className="mt-4">
          <a className={linkClass('plain', 'font-semibold')} href={site.bookingUrl}>
            Book a consultation online
          </a>
        </p>
      )}
    </section>
  )
}
