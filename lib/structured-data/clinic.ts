// The clinic as schema.org sees it, from the clinic settings: the publisher of every page. Its address is its
// first place's; `location` lists every place (one Place each: name, address, phone, map link, coordinates).
import type { MedicalClinic, Place, PostalAddress } from 'schema-dts'
import type { ClinicLocation, SiteSettings } from '@/lib/site/schema'

export const clinicId = (site: Pick<SiteSettings, 'url'>) => `${site.url}/#clinic`

const postalAddress = ({ address }: Pick<ClinicLocation, 'address'>) =>
  ({
    '@type': 'PostalAddress',
    streetAddress: address.street,
    addressLocality: address.locality,
    postalCode: address.postalCode,
    addressCountry: address.country,
  }) as const satisfies PostalAddress

export const buildPlace = (location: ClinicLocation) =>
  ({
    '@type': 'Place',
    name: location.name,
    address: postalAddress(location),
    telephone: location.phone,
    ...(location.mapUrl ? { hasMap: location.mapUrl } : {}),
    ...(location.geo
      ? { geo: { '@type': 'GeoCoordinates', latitude: location.geo.latitude, longitude: location.geo.longitude } }
      : {}),
  }) as const satisfies Place

export function buildClinic(site: SiteSettings) {
  return {
    '@type': 'MedicalClinic',
    '@id': clinicId(site),
    name: site.name,
    url: `${site.url}/`,
    telephone: site.phone,
    email: site.email,
    address: postalAddress(site.locations[0]!),
    location: site.locations.map(buildPlace),
  } as const satisfies MedicalClinic
}
