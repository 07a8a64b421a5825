// Help that depends on the clinic's country (content/regions.yaml): emergency and urgent-advice
// numbers, the word for a family doctor, registration of practitioners and where complaints go.
import { z } from 'zod'

export const countryCodePattern = /^[A-Z]{2}$/

const phoneNumber = z.string().regex(/^[0-9 ]{2,15}$/, { error: 'must be a number to dial, digits only, e.g. "999"' })
const sentences = z.string().trim().min(20, { error: 'must be one or more full sentences' }).max(600)

export const regionSchema = z.strictObject({
  countryName: z.string().trim().min(2),
  locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, { error: 'must be a language tag such as en-GB' }),
  emergencyNumber: phoneNumber,
  otherNumbers: z.array(z.strictObject({ label: z.string().trim().min(3), number: phoneNumber })).optional(),
  urgentAdvice: z
    .strictObject({ name: z.string().trim().min(2), number: phoneNumber, purpose: z.string().trim().min(10) })
    .optional(),
  familyDoctor: z.string().trim().min(2).max(40),
  practitionerRegistration: sentences,
  complaints: sentences,
})

export const regionsSchema = z.strictObject({
  regions: z.record(
    z.string().regex(countryCodePattern, { error: 'each key must be a two-letter country code in capitals, e.g. GB' }),
    regionSchema,
  ),
})

export type Region = z.infer<typeof regionSchema>

/**
 * One country's WORDS in a translated language (content/hi/regions.yaml): the numbers and the locale
 * stay in content/regions.yaml, so a translation can never give a different number to call.
 */
export const regionWordingSchema = z.strictObject({
  countryName: z.string().trim().min(2),
  otherNumbers: z.array(z.strictObject({ label: z.string().trim().min(3) })).optional(),
  urgentAdvice: z.strictObject({ name: z.string().trim().min(2), purpose: z.string().trim().min(10) }).optional(),
  familyDoctor: z.string().trim().min(2).max(40),
  practitionerRegistration: sentences,
  complaints: sentences,
})

export const regionsWordingSchema = z.strictObject({
  regions: z.record(
    z.string().regex(countryCodePattern, { error: 'each key must be a two-letter country code in capitals, e.g. GB' }),
    regionWordingSchema,
  ),
})

export type RegionWording = z.infer<typeof regionWordingSchema>
export type RegionsWording = z.infer<typeof regionsWordingSchema>

/** The values an article may write as {{name}}: only required fields, so every country has them. */
export const regionTokens = [
  'countryName',
  'emergencyNumber',
  'familyDoctor',
  'practitionerRegistration',
  'complaints',
] as const
