// The clinic's settings (content/site.yaml): one typed place that every page reads.
import { z } from 'zod'
import { digitStyles } from '@/lib/i18n/digits'
import { countryCodePattern } from './regions'

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' })

export const siteSettingsSchema = z.strictObject({
  name: z.string().trim().min(2),
  shortName: z.string().trim().min(2).max(20, { error: 'must be at most 20 characters (it is used on home screens)' }),
  url: httpsUrl.refine((url) => !url.endsWith('/'), { error: 'must not end with "/"' }),
  countryCode: z
    .string()
    .regex(countryCodePattern, { error: 'must be a two-letter country code in capitals, e.g. GB or IN' }),
  phone: z.string().regex(/^\+?[0-9 ()-]{7,20}$/, { error: 'must be a phone number such as +44 20 7946 0000' }),
  whatsapp: z
    .string()
    .regex(/^\+[1-9][0-9]{7,14}$/, {
      error: 'must be the full international number with no spaces, e.g. +447700900123',
    })
    .optional(),
  email: z.email({ error: 'must be an email address' }),
  address: z.strictObject({
    street: z.string().trim().min(2),
    locality: z.string().trim().min(2),
    postalCode: z.string().trim().min(2),
    country: z.string().trim().min(2),
  }),
  openingHours: z
    .array(z.string().trim().min(3))
    .min(1, { error: 'needs at least one line, e.g. "Monday to Friday: 9am to 5pm"' }),
  bookingUrl: httpsUrl.optional(),
  // The wording around the links staff send from /links; each part has a plain default.
  staffMessage: z
    .strictObject({
      greeting: z.string().trim().min(1).max(400, { error: 'must be at most 400 characters' }).optional(),
      signOff: z.string().trim().min(1).max(400, { error: 'must be at most 400 characters' }).optional(),
      emailSubject: z.string().trim().min(3).max(100, { error: 'must be at most 100 characters' }).optional(),
    })
    .optional(),
})

export type SiteSettings = z.infer<typeof siteSettingsSchema>

/**
 * A translated language's clinic wording (content/hi/site.yaml): how numbers are written, and the opening
 * hours in the language (one line for each of content/site.yaml's). Everything else stays in content/site.yaml.
 */
export const translatedSiteSchema = z.strictObject({
  digits: z.enum(digitStyles, {
    error: `must be one of: ${digitStyles.join(', ')} (latin: 0-9, devanagari: ०-९)`,
  }),
  openingHours: z
    .array(z.string().trim().min(3))
    .min(1, { error: 'needs at least one line, or leave the field out to show the English lines' })
    .optional(),
})

export type TranslatedSiteSettings = z.infer<typeof translatedSiteSchema>
