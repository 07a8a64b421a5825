// Help that depends on the clinic's country (content/regions.yaml): emergency and urgent-advice
// numbers, the word for a family doctor, registration of practitioners and where complaints go.
import { z } from 'zod'

export const countryCodePattern = /^[A-Z]{2}$/

const phoneNumber = z.string().regex(/^[0-9 ]{2,15}$/, { error: 'must be a number to dial, digits only, e.g. "999"' })
// Long enough for licensing that differs by nation (the UK: England, London, Wales, Scotland, Northern Ireland).
const sentences = z.string().trim().min(20, { error: 'must be one or more full sentences' }).max(1400)
/**
 * A country's own example or rule: what only holds in one country (the NHS, a UK support group, Great
 * Britain's law on under-18s) is written here, so another country's pages leave it out. Optional: a country
 * with nothing to say leaves the field out, and the placeholder is filled with nothing.
 */
const example = z.string().trim().min(20, { error: 'must be one or more full sentences' }).max(400).optional()

/**
 * The country's data-protection law in plain words, for the privacy notice (/privacy): what the reader may ask
 * for, and the regulator to complain to when the clinic does not sort it out. No deadlines unless a source gives them.
 */
const dataProtection = z.strictObject({
  rights: sentences,
  regulator: z.string().trim().min(3).max(120),
  regulatorUrl: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).optional(),
})

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
  dataProtection,
  minorsRule: example,
  hairLossFundingExample: example,
  removalFundingExample: example,
  supportGroupExample: example,
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
  /** The rights and the regulator's name in the language; its website stays content/regions.yaml's. */
  dataProtection: dataProtection.omit({ regulatorUrl: true }),
  minorsRule: example,
  hairLossFundingExample: example,
  removalFundingExample: example,
  supportGroupExample: example,
})

export const regionsWordingSchema = z.strictObject({
  regions: z.record(
    z.string().regex(countryCodePattern, { error: 'each key must be a two-letter country code in capitals, e.g. GB' }),
    regionWordingSchema,
  ),
})

export type RegionWording = z.infer<typeof regionWordingSchema>
export type RegionsWording = z.infer<typeof regionsWordingSchema>

/** The values an article may write as {{name}} that every country has (required fields). */
export const regionTokens = [
  'countryName',
  'emergencyNumber',
  'familyDoctor',
  'practitionerRegistration',
  'complaints',
] as const

/** The tokens a country may leave out (its own examples and rules): filled with nothing where it does. */
export const regionExampleTokens = [
  'minorsRule',
  'hairLossFundingExample',
  'removalFundingExample',
  'supportGroupExample',
] as const
