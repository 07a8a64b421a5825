import { QrCode } from '@/components/qr/QrCode'
import { QrDownloadLink } from '@/components/qr/QrDownloadLink'
import { qrFileName, type StaffPageLinks } from '@/lib/links/directory'
import { LinkAddress } from './LinkAddress'
import { LinkCheckbox } from './LinkSelection'

/**
 * One page on the staff links page: its address and QR code, then each section's address. `lang`: the
 * language of the page's titles (the page's own words are English).
 */
export function PageLinksCard({ page, lang }: { page: StaffPageLinks; lang?: string }) {
  return (
    <div className="rounded-md border border-brand-100 p-4 print:break-inside-avoid">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1 basis-64">
          <h3 className="text-lg font-semibold">
            <label className="flex items-start gap-3">
              <LinkCheckbox url={page.url} />
              <span lang={lang}>{page.title}</span>
            </label>
          </h3>
          <LinkAddress link={page} />
        </div>
        <div className="flex flex-col items-center gap-1">
          <QrCode url={page.url} className="size-28 print:size-36" />
          <QrDownloadLink url={page.url} fileName={qrFileName(page.path)}>
            Download QR code (SVG){' '}
            <span className="sr-only">
              for “<span lang={lang}>{page.title}</span>”
            </span>
          </QrDownloadLink>
        </div>
      </div>
      {page.sections.length > 0 && (
        <>
          {/* A visually hidden heading names the list: assistive technology may ignore an aria-label on a <ul>. */}
          <h4 className="sr-only">
            Sections of “<span lang={lang}>{page.title}</span>”
          </h4>
          <ul className="mt-4 divide-y divide-brand-100 border-t border-brand-100">
            {page.sections.map((section) => (
              <li key={section.url} className="py-2">
                <label className="flex items-start gap-3">
                  <LinkCheckbox url={section.url} />
                  <span lang={lang}>{section.title}</span>
                </label>
                <div className="pl-8">
                  <LinkAddress link={section} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
