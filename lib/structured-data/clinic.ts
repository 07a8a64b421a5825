// The clinic as schema.org sees it, from the clinic settings: the publisher of every page.
import type { MedicalClinic } from 'schema-dts'
import type { SiteSettings } from '@/lib/site/schema'

export const clinicId = (site: Pick<SiteSettings, 'url'>) => `${site.url}/#clinic`

export function buildClinic(site: SiteSettings) {
  return {
    '@type': 'MedicalClinic',
    '@id': clinicId(site),
    name: site.name,
    url: `${site.url}/`,
    telephone: site.phone,
    email: site.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: site.address.street,
      addressLocality: site.address.locality,
      postalCode: site.address.postalCode,
      addressCountry: site.address.country,
    },
  } as const satisfies MedicalClinic
}
