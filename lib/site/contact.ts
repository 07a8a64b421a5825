// Links built from the clinic settings, so every page dials and messages the same numbers.
import type { ClinicLocation, SiteSettings } from './schema'

export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`
export const whatsappHref = (number: string, text?: string) =>
  `https://wa.me/${number.replace(/[^0-9]/g, '')}${text ? `?text=${encodeURIComponent(text)}` : ''}`
/** An email to `email`, with a subject and a body when given. Mail wants CRLF line breaks (RFC 6068). */
export function mailtoHref(email: string, subject?: string, body?: string) {
  const fields = [
    ...(subject ? [`subject=${encodeURIComponent(subject)}`] : []),
    ...(body ? [`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`] : []),
  ]
  return `mailto:${email}${fields.length ? `?${fields.join('&')}` : ''}`
}
/** A place's address on one line: "12 Example Street, London, EC1A 1AA, United Kingdom". */
export const formatAddress = ({ address }: Pick<ClinicLocation, 'address'>) =>
  [address.street, address.locality, address.postalCode, address.country].join(', ')
/** A place's phone, when it is not the clinic's number for enquiries (shown once already). */
export const ownPhone = (site: Pick<SiteSettings, 'phone'>, location: Pick<ClinicLocation, 'phone'>) =>
  location.phone.replace(/[^+0-9]/g, '') === site.phone.replace(/[^+0-9]/g, '') ? undefined : location.phone
/** The absolute address of a path on this site, for canonical URLs and links that leave the page. */
export const absoluteUrl = (site: Pick<SiteSettings, 'url'>, path: string) => new URL(path, `${site.url}/`).toString()
