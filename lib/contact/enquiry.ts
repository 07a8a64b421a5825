// The short message the contact page's WhatsApp and email links start: a fixed sentence in the page's language
// with the clinic's name and nothing else. Its only inputs are the language and the clinic's settings, so no
// answer from the self-check or the planner (or anything else a patient typed) can reach it.
import { fill } from '@/lib/i18n/fill'
import type { Locale } from '@/lib/i18n/locales'
import { contactWords } from '@/lib/i18n/words/contact'
import { mailtoHref, whatsappHref } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'

/** What the message may name: the clinic, from content/site.yaml. */
export type EnquiryClinic = Readonly<Pick<SiteSettings, 'name'>>

export type Enquiry = { text: string; emailSubject: string }

export function enquiry(locale: Locale, clinic: EnquiryClinic): Enquiry {
  const words = contactWords[locale]
  return { text: fill(words.message, { clinic: clinic.name }), emailSubject: words.emailSubject }
}

/** A WhatsApp chat with the clinic, the message typed in. */
export const enquiryWhatsappHref = (
  locale: Locale,
  clinic: EnquiryClinic & Readonly<Required<Pick<SiteSettings, 'whatsapp'>>>,
) => whatsappHref(clinic.whatsapp, enquiry(locale, clinic).text)

/** An email to the clinic, with the subject and message filled in. */
export function enquiryEmailHref(locale: Locale, clinic: EnquiryClinic & Readonly<Pick<SiteSettings, 'email'>>) {
  const { text, emailSubject } = enquiry(locale, clinic)
  return mailtoHref(clinic.email, emailSubject, text)
}
