// The feedback link's email (lib/feedback/mail.ts): the page's title in the subject; its title, address and
// section in the body, in the page's language.
import { describe, expect, it } from 'vitest'
import { feedbackHref, feedbackMail } from '@/lib/feedback/mail'
import { fill } from '@/lib/i18n/fill'
import { locales } from '@/lib/i18n/locales'
import { feedbackWords } from '@/lib/i18n/words/feedback'

const page = { title: 'Aftercare', url: 'https://clinic.example/aftercare' }

describe('feedbackMail', () => {
  it.each(locales)('names the page and its address in %s', (locale) => {
    const words = feedbackWords[locale]
    const { subject, body } = feedbackMail(words, page)
    expect(subject).toBe(fill(words.subject, { title: page.title }))
    const lines = body.split('\n')
    expect(lines.slice(0, 2)).toEqual([
      fill(words.body.page, { title: page.title }),
      fill(words.body.address, { url: page.url }),
    ])
    expect(lines).toContain(words.body.ask)
    expect(lines).toContain(words.body.noHealthDetails)
    expect(body).not.toContain(fill(words.body.section, { section: '' }).trim())
  })

  it('adds the section when the reader came from one, and leaves out an address it does not have', () => {
    const words = feedbackWords.en
    const withSection = feedbackMail(words, { ...page, section: 'Washing your scalp' }).body.split('\n')
    expect(withSection[2]).toBe(fill(words.body.section, { section: 'Washing your scalp' }))
    const notFound = feedbackMail(words, { title: 'Page not found' }).body
    expect(notFound).not.toContain(fill(words.body.address, { url: '' }).trim())
  })
})

describe('feedbackHref', () => {
  it('is a mailto: link to the clinic whose subject and body decode to the email', () => {
    const words = feedbackWords.hi
    const href = feedbackHref('hello@clinic.example', words, page)
    expect(href.startsWith('mailto:hello@clinic.example?')).toBe(true)
    const fields = new URLSearchParams(href.slice(href.indexOf('?') + 1))
    const mail = feedbackMail(words, page)
    expect(fields.get('subject')).toBe(mail.subject)
    // Mail wants CRLF line breaks (RFC 6068).
    expect(fields.get('body')).toBe(mail.body.replace(/\n/g, '\r\n'))
  })
})
