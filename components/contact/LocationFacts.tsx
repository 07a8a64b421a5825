import { ContactLink } from '@/components/ui/ContactLink'
import { linkClass } from '@/components/ui/classes'
import type { Locale } from '@/lib/i18n/locales'
import { contactWords } from '@/lib/i18n/words/contact'
import { helpWords } from '@/lib/i18n/words/help'
import { formatAddress } from '@/lib/site/contact'
import type { ClinicLocation } from '@/lib/site/schema'

/**
 * One place's details as rows of a <dl> (the caller's): address, its phone when given, opening hours (in the
 * page's language when translated) and a plain link to OpenStreetMap when it has one (no embedded map, no script).
 */
export function LocationFacts({
  location,
  phone,
  locale,
}: {
  location: ClinicLocation
  /** The number to show for this place, or none when the caller shows the clinic's number already. */
  phone?: string
  locale: Locale
}) {
  const words = helpWords[locale].contact
  const map = contactWords[locale]
  return (
    <>
      <dt className="font-medium">{words.address}</dt>
      <dd>
        {formatAddress(location)}
        {location.mapUrl && (
          <>
            {' '}
            <a className={linkClass('plain', 'no-print whitespace-nowrap')} href={location.mapUrl}>
              {map.mapLink}
              <span className="sr-only"> {map.mapLinkHint}</span>
            </a>
          </>
        )}
      </dd>
      {phone && (
        <>
          <dt className="font-medium">{words.phone}</dt>
          <dd>
            <ContactLink kind="phone" look="plain" phone={phone} />
          </dd>
        </>
      )}
      <dt className="font-medium">{words.openingHours}</dt>
      <dd>
        <ul>
          {location.openingHours.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </dd>
    </>
  )
}
