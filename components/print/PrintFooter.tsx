import { QrCode } from '@/components/qr/QrCode'
import { formatCalendarDate } from '@/lib/dates'
import type { Digits } from '@/lib/i18n/digits'
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { helpWords } from '@/lib/i18n/words/help'
import { fillNodes } from '@/components/article/fill-nodes'
import { absoluteUrl, formatAddress, ownPhone } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'

type Props = {
  site: SiteSettings
  /** The page's own address, with its language prefix (e.g. "/hi/aftercare"). */
  path: string
  lastReviewed?: string
  /** Whether a named clinician reviewed the page (reviewedBy): without one, the date is when it was checked against its sources. */
  clinicallyReviewed?: boolean
  locale: Locale
  digits?: Digits
}

/**
 * The end of a printed page: where to find it again (address and QR code), who to contact and how
 * current it is. Shown only in print; on screen the page already says all of this.
 */
export function PrintFooter({ site, path, lastReviewed, clinicallyReviewed = false, locale, digits = 'latin' }: Props) {
  const url = absoluteUrl(site, path)
  const words = helpWords[locale].print
  return (
    <div
      data-print-footer
      className="mt-10 hidden break-inside-avoid gap-6 border-t-2 border-ink pt-4 text-sm print:flex"
    >
      <QrCode url={url} className="size-32" />
      <div className="space-y-1">
        <p>
          {words.thisPage} <span className="font-semibold break-all">{url}</span>
        </p>
        {lastReviewed && (
          <p>
            {fillNodes(clinicallyReviewed ? words.lastReviewed : words.lastChecked, {
              date: <time dateTime={lastReviewed}>{formatCalendarDate(lastReviewed, { locale, digits })}</time>,
            })}
          </p>
        )}
        <p className="pt-2 font-semibold">{site.name}</p>
        <p>{fill(words.phone, { phone: site.phone })}</p>
        <p>{fill(words.email, { email: site.email })}</p>
        {site.locations.map((location) => (
          <p key={location.id}>
            {site.locations.length > 1 && <span className="font-semibold">{location.name}: </span>}
            {formatAddress(location)}
            {ownPhone(site, location) && `, ${fill(words.phone, { phone: location.phone })}`}
          </p>
        ))}
      </div>
    </div>
  )
}
