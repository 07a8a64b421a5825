// Links built from the clinic settings, so every page dials and messages the same numbers.
import type { SiteSettings } from './schema'

export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`
export const whatsappHref = (number: string, text?: string) =>
  `https://wa.me/${number.replace(/[^0-9]/g, '')}${text ? `?text=${encodeURIComponent(text)}` : ''}`
export const mailtoHref = (email: string, subject?: string) =>
  `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`
export const formatAddress = ({ address }: Pick<SiteSettings, 'address'>) =>
  [address.street, address.locality, address.postalCode, address.country].join(', ')
/** The absolute address of a path on this site, for canonical URLs and links that leave the page. */
export const absoluteUrl = (site: Pick<SiteSettings, 'url'>, path: string) => new URL(path, `${site.url}/`).toString()
