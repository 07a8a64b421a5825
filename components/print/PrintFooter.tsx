import { QrCode } from '@/components/qr/QrCode'
import { formatCalendarDate } from '@/lib/dates'
import { absoluteUrl, formatAddress } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'

/**
 * The end of a printed page: where to find it again (address and QR code), who to contact and how
 * current it is. Shown only in print; on screen the page already says all of this.
 */
export function PrintFooter({ site, path, lastReviewed }: { site: SiteSettings; path: string; lastReviewed?: string }) {
  const url = absoluteUrl(site, path)
  return (
    <div
      data-print-footer
      className="mt-10 hidden break-inside-avoid gap-6 border-t-2 border-ink pt-4 text-sm print:flex"
    >
      <QrCode url={url} className="size-32" />
      <div className="space-y-1">
        <p>
          This page: <span className="font-semibold break-all">{url}</span>
        </p>
        {lastReviewed && (
          <p>
            Last reviewed <time dateTime={lastReviewed}>{formatCalendarDate(lastReviewed)}</time>
          </p>
        )}
        <p className="pt-2 font-semibold">{site.name}</p>
        <p>Phone: {site.phone}</p>
        <p>Email: {site.email}</p>
        <p>{formatAddress(site)}</p>
      </div>
    </div>
  )
}
