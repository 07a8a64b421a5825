// The staff links page's list of the clinic's places: each one's address, phone, hours and map link as a message
// to copy, for someone on their way to the clinic. Its own words are English, like the rest of the page; the
// place's words are the listed pages' language.
import { CopyButton } from '@/components/ui/CopyButton'
import type { Locale } from '@/lib/i18n/locales'
import { helpWords } from '@/lib/i18n/words/help'
import { locationMessage } from '@/lib/links/location'
import { linksPageSectionIds } from '@/lib/routes'
import type { ClinicLocation } from '@/lib/site/schema'

export function LocationAddresses({ locations, locale }: { locations: ClinicLocation[]; locale: Locale }) {
  const labels = helpWords[locale].contact
  const lang = locale === 'en' ? undefined : locale
  return (
    <section aria-labelledby={linksPageSectionIds.addresses} className="mt-10">
      <h2 id={linksPageSectionIds.addresses} className="text-2xl font-semibold">
        Clinic addresses
      </h2>
      <ul className="mt-4 space-y-4">
        {locations.map((location) => {
          const message = locationMessage(location, labels)
          return (
            <li key={location.id} className="rounded-md border border-brand-100 p-4">
              <h3 className="text-lg font-semibold" lang={lang}>
                {location.name}
              </h3>
              <p className="mt-2 whitespace-pre-line" lang={lang}>
                {message}
              </p>
              <CopyButton
                text={message}
                copiedMessage="Address copied"
                manualLabel="Copy this address:"
                multiline
                className="mt-2"
              >
                Copy address <span className="sr-only">of {location.name}</span>
              </CopyButton>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
