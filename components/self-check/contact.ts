import type { SiteSettings } from '@/lib/site/schema'

/** The clinic details the result page needs: plain data, safe to pass to a client component. */
export type ClinicContact = Pick<SiteSettings, 'name' | 'phone' | 'whatsapp' | 'email' | 'bookingUrl'>
