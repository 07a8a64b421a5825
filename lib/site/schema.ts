// The clinic's settings (content/site.yaml): one typed place that every page reads.
import { z } from 'zod'
import { digitStyles } from '@/lib/i18n/digits'
import { countryCodePattern } from './regions'
import { contactPageSectionIds, pageFeedbackId, pageSectionIds } from '@/lib/routes'

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' })
const phoneNumber = z
  .string()
  .regex(/^\+?[0-9 ()-]{7,20}$/, { error: 'must be a phone number such as +44 20 7946 0000' })
const hoursLines = z
  .array(z.string().trim().min(3))
  .min(1, { error: 'needs at least one line, e.g. "Monday to Friday: 9am to 5pm"' })

/**
 * What an editor writes for a value the clinic has not decided yet (who reads messages, how long they are
 * kept, ...): the pages then say "ask the clinic", and `npm run content:report` lists it. Never a made-up value.
 */
export const unfilledValue = 'TODO'
export const isUnfilled = (value: string) => value.trim().toUpperCase() === unfilledValue
/** A sentence part the clinic writes, or TODO until it has: TODO becomes undefined (the page says "ask the clinic"). */
const clinicWords = (example: string) =>
  z
    .string({ error: `must be written, e.g. "${example}", or ${unfilledValue} until the clinic decides` })
    .trim()
    .min(3, { error: `must be written, e.g. "${example}", or ${unfilledValue} until the clinic decides` })
    .max(300, { error: 'must be at most 300 characters' })
    .transform((value) => (isUnfilled(value) ? undefined : value))

/** The example the content step gives for each clinic value, also read by the content report. */
export const clinicValueExamples = {
  replyTime: 'within one working day',
  'privacy.controller': 'Example Scalp Clinic Ltd',
  'privacy.readBy': 'our reception team and the practitioner who will see you',
  'privacy.keptFor': 'two years after your last message, unless you become a patient',
} as const

export type ClinicValueField = keyof typeof clinicValueExamples

/**
 * The clinic values content/site.yaml still leaves as TODO (or leaves out), with the example to follow: for
 * `npm run content:report`. Reads the file's data as saved, so it works while the content has other errors.
 */
export function unfilledClinicValues(data: unknown): { field: ClinicValueField; example: string }[] {
  const valueAt = (field: string) =>
    field
      .split('.')
      .reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
        data,
      )
  return (Object.keys(clinicValueExamples) as ClinicValueField[]).flatMap((field) => {
    const value = valueAt(field)
    return typeof value === 'string' && !isUnfilled(value) ? [] : [{ field, example: clinicValueExamples[field] }]
  })
}

const openStreetMapHosts = ['www.openstreetmap.org', 'openstreetmap.org', 'osm.org']
const openStreetMapUrl = httpsUrl.refine((url) => openStreetMapHosts.includes(new URL(url).hostname), {
  error: 'must be a link to OpenStreetMap (https://www.openstreetmap.org/...): no other map, no embedded map',
})

export const addressSchema = z.strictObject({
  street: z.string().trim().min(2),
  locality: z.string().trim().min(2),
  postalCode: z.string().trim().min(2),
  country: z.string().trim().min(2),
})

/** A section id on /contact: lower-case words joined by "-". */
const locationIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const clinicLocationSchema = z.strictObject({
  /** How the page names the place, e.g. "London clinic". */
  name: z.string().trim().min(2),
  /** The place's section id on /contact (/contact#london); made from the name when left out. */
  id: z
    .string()
    .regex(locationIdPattern, { error: 'must be lower-case letters, digits and "-", e.g. london-bridge' })
    .optional(),
  address: addressSchema,
  phone: phoneNumber,
  openingHours: hoursLines,
  /** A plain link to the place on OpenStreetMap; made from `geo` when left out. */
  mapUrl: openStreetMapUrl.optional(),
  geo: z
    .strictObject({
      latitude: z.number({ error: 'must be a number, e.g. 51.5205' }).min(-90).max(90),
      longitude: z.number({ error: 'must be a number, e.g. -0.0990' }).min(-180).max(180),
    })
    .optional(),
})

export type ClinicLocationInput = z.infer<typeof clinicLocationSchema>
/** A location as pages read it: its section id and map link filled in. */
export type ClinicLocation = Omit<ClinicLocationInput, 'id'> & { id: string }

/** "London Bridge clinic" → "london-bridge-clinic" ('' when the name has no Latin letters or digits). */
export const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** An OpenStreetMap link that opens at the place, with a marker. */
export const openStreetMapLink = ({ latitude, longitude }: { latitude: number; longitude: number }) =>
  `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`

/** Ids the contact page's own sections use, which a location may not take. */
const takenIds: ReadonlySet<string> = new Set([
  ...Object.values(contactPageSectionIds),
  ...pageSectionIds,
  pageFeedbackId,
])

const siteFields = z.strictObject({
  name: z.string().trim().min(2),
  shortName: z.string().trim().min(2).max(20, { error: 'must be at most 20 characters (it is used on home screens)' }),
  url: httpsUrl.refine((url) => !url.endsWith('/'), { error: 'must not end with "/"' }),
  countryCode: z
    .string()
    .regex(countryCodePattern, { error: 'must be a two-letter country code in capitals, e.g. GB or IN' }),
  /** The number for enquiries when the clinic has one for all its places; else the first location's. */
  phone: phoneNumber.optional(),
  whatsapp: z
    .string()
    .regex(/^\+[1-9][0-9]{7,14}$/, {
      error: 'must be the full international number with no spaces, e.g. +447700900123',
    })
    .optional(),
  email: z.email({ error: 'must be an email address' }),
  locations: z
    .array(clinicLocationSchema, {
      error: 'must be a list of the clinic’s places, each with name, address, phone and openingHours',
    })
    .min(1, { error: 'needs at least one place: name, address, phone and openingHours' }),
  bookingUrl: httpsUrl.optional(),
  /** How quickly the clinic usually replies to a message (finishes "We usually reply ..."). */
  replyTime: clinicWords(clinicValueExamples.replyTime),
  /** What happens to a message someone sends (/privacy). */
  privacy: z.strictObject({
    /** Who is responsible for the messages: the business's legal name. */
    controller: clinicWords(clinicValueExamples['privacy.controller']),
    /** Who reads a message (finishes "Your message is read by ..."). */
    readBy: clinicWords(clinicValueExamples['privacy.readBy']),
    /** How long a message is kept (finishes "We keep it for ..."). */
    keptFor: clinicWords(clinicValueExamples['privacy.keptFor']),
    /** Where to ask about personal data, when not the clinic's email. */
    email: z.email({ error: 'must be an email address' }).optional(),
  }),
  // The wording around the links staff send from /links; each part has a plain default.
  staffMessage: z
    .strictObject({
      greeting: z.string().trim().min(1).max(400, { error: 'must be at most 400 characters' }).optional(),
      signOff: z.string().trim().min(1).max(400, { error: 'must be at most 400 characters' }).optional(),
      emailSubject: z.string().trim().min(3).max(100, { error: 'must be at most 100 characters' }).optional(),
    })
    .optional(),
})

/**
 * content/site.yaml checked, with what it leaves out filled in: the enquiries number (the first location's when
 * the clinic has no number for all), each location's section id (from its name) and map link (from `geo`).
 */
export const siteSettingsSchema = siteFields.transform((site, context) => {
  const seen = new Map<string, number>()
  const locations = site.locations.map(({ id, ...location }, index): ClinicLocation => {
    const own = id ?? (slugOf(location.name) || `location-${index + 1}`)
    const field = id === undefined ? 'name' : 'id'
    const first = seen.get(own)
    if (first !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['locations', index, field],
        message: `gives the section id "${own}", as locations[${first}] does: give one of them its own id (e.g. id: ${own}-2)`,
      })
    } else if (takenIds.has(own)) {
      context.addIssue({
        code: 'custom',
        path: ['locations', index, field],
        message: `gives the section id "${own}", which the contact page uses for its own section: add an id, e.g. id: ${own}-clinic`,
      })
    }
    seen.set(own, index)
    const mapUrl = location.mapUrl ?? (location.geo ? openStreetMapLink(location.geo) : undefined)
    return { ...location, id: own, ...(mapUrl ? { mapUrl } : {}) }
  })
  return { ...site, phone: site.phone ?? site.locations[0]!.phone, locations }
})

export type SiteSettingsInput = z.input<typeof siteSettingsSchema>
export type SiteSettings = z.output<typeof siteSettingsSchema>

/**
 * A translated language's clinic wording (content/hi/site.yaml): how numbers are written, and the words of
 * content/site.yaml in the language (each place's name and opening hours, in the same order; the reply time; who
 * reads messages and how long they are kept). Everything else stays in content/site.yaml.
 */
export const translatedSiteSchema = z.strictObject({
  digits: z.enum(digitStyles, {
    error: `must be one of: ${digitStyles.join(', ')} (latin: 0-9, devanagari: ०-९)`,
  }),
  locations: z
    .array(
      z.strictObject({
        name: z.string().trim().min(2).optional(),
        openingHours: z
          .array(z.string().trim().min(3))
          .min(1, { error: 'needs at least one line, or leave the field out to show the English lines' })
          .optional(),
      }),
    )
    .optional(),
  replyTime: z.string().trim().min(3).max(300).optional(),
  privacy: z
    .strictObject({
      readBy: z.string().trim().min(3).max(300).optional(),
      keptFor: z.string().trim().min(3).max(300).optional(),
    })
    .optional(),
})

export type TranslatedSiteSettings = z.infer<typeof translatedSiteSchema>
