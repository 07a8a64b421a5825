// The contact page's WhatsApp and email links start a short message: a fixed sentence in the page's language with
// the clinic's name, and nothing else. Nothing the self-check or the planner holds can reach it: the builders take
// only the language and the clinic's settings, and the module reads nothing of theirs.
import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { enquiry, enquiryEmailHref, enquiryWhatsappHref, type EnquiryClinic } from '@/lib/contact/enquiry'
import { fill } from '@/lib/i18n/fill'
import { locales, type Locale } from '@/lib/i18n/locales'
import { contactWords } from '@/lib/i18n/words/contact'
import { testSite } from '@/tests/fixtures/site'

const clinic = { name: testSite.name, email: testSite.email, whatsapp: testSite.whatsapp! }

describe('enquiry', () => {
  it.each(locales)('is the fixed sentence in %s with the clinic’s name only', (locale) => {
    const words = contactWords[locale]
    expect(enquiry(locale, clinic)).toEqual({
      text: fill(words.message, { clinic: clinic.name }),
      emailSubject: words.emailSubject,
    })
    expect(enquiry(locale, clinic).text).toContain(clinic.name)
  })

  it('reads nothing but the name, whatever else the object it is given carries', () => {
    const withAnswers = { ...clinic, answers: { scalpCondition: 'psoriasis' }, sessionDate: '2026-03-01' }
    const text = enquiry('en', withAnswers).text
    expect(text).toBe(enquiry('en', { name: clinic.name }).text)
    expect(text).not.toMatch(/psoriasis|2026/)
  })

  it('takes the language and the clinic, and no other argument (a self-check or planner answer does not compile)', () => {
    expectTypeOf(enquiry).parameters.toEqualTypeOf<[Locale, EnquiryClinic]>()
    expectTypeOf<EnquiryClinic>().toEqualTypeOf<{ readonly name: string }>()
    // @ts-expect-error: a third argument (e.g. the self-check's answers) is refused
    enquiry('en', clinic, { scalpCondition: 'psoriasis' })
    // @ts-expect-error: so is free text in place of the clinic
    enquiry('en', 'I have psoriasis')
  })

  it('imports nothing from the self-check, the candidacy rules or the planner', () => {
    const source = readFileSync('lib/contact/enquiry.ts', 'utf8')
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1])
    expect(imports.filter((path) => /candidacy|self-check|aftercare|planner|storage/.test(path!))).toEqual([])
  })
})

describe('the links', () => {
  it('opens WhatsApp with the clinic’s number and the message typed in', () => {
    const url = new URL(enquiryWhatsappHref('hi', clinic))
    expect(url.origin + url.pathname).toBe(`https://wa.me/${clinic.whatsapp.slice(1)}`)
    expect(url.searchParams.get('text')).toBe(enquiry('hi', clinic).text)
  })

  it('opens an email to the clinic with the subject and the message', () => {
    const href = enquiryEmailHref('en', clinic)
    expect(href.startsWith(`mailto:${clinic.email}?`)).toBe(true)
    const fields = new URLSearchParams(href.slice(href.indexOf('?') + 1))
    expect(fields.get('subject')).toBe(contactWords.en.emailSubject)
    expect(fields.get('body')).toBe(enquiry('en', clinic).text)
  })
})
