import { messageSettings } from '@/lib/links/message-settings'
import { describe, expect, it } from 'vitest'
import { composeMessage, emailMessageHref, messageLine, whatsappMessageHref } from '@/lib/links/message'

const settings = {
  greeting: 'Hello,\n\nHere is what we talked about:',
  signOff: 'Best wishes,\nThe team',
  emailSubject: 'Your reading & links',
}
const links = [
  { title: 'Caring for your scalp before and after SMP', url: 'https://clinic.example/aftercare' },
  { title: 'Does SMP hurt?', url: 'https://clinic.example/faq#does-it-hurt' },
  { title: 'Washing your scalp', url: 'https://clinic.example/aftercare#washing-your-scalp' },
]

describe('composeMessage', () => {
  it('puts the greeting first, one "Title: URL" line per link in the order given, and the sign-off last', () => {
    const message = composeMessage(links, settings)
    expect(message).toBe(
      [
        'Hello,',
        '',
        'Here is what we talked about:',
        '',
        'Caring for your scalp before and after SMP: https://clinic.example/aftercare',
        'Does SMP hurt? https://clinic.example/faq#does-it-hurt',
        'Washing your scalp: https://clinic.example/aftercare#washing-your-scalp',
        '',
        'Best wishes,',
        'The team',
      ].join('\n'),
    )
  })

  it('is empty when nothing is chosen, so there is nothing half-made to send', () => {
    expect(composeMessage([], settings)).toBe('')
  })

  it('trims stray spaces around the greeting, sign-off and titles', () => {
    expect(
      composeMessage([{ title: '  FAQ ', url: 'https://clinic.example/faq' }], {
        greeting: ' Hi \n',
        signOff: '\nBye ',
      }),
    ).toBe('Hi\n\nFAQ: https://clinic.example/faq\n\nBye')
  })
})

describe('messageLine', () => {
  it.each([
    ['Aftercare', 'Aftercare: u'],
    ['Does SMP hurt?', 'Does SMP hurt? u'],
    ['Act now!', 'Act now! u'],
    ['Note:', 'Note: u'],
  ])('%s → %s', (title, line) => {
    expect(messageLine({ title, url: 'u' })).toBe(line)
  })
})

describe('messageSettings', () => {
  const site = { name: 'Northfield Scalp Clinic' }
  it('uses the clinic settings where they are given', () => {
    expect(messageSettings({ ...site, staffMessage: settings })).toEqual(settings)
  })
  it('falls back to plain wording that names the clinic for each part left out', () => {
    expect(messageSettings({ ...site, staffMessage: { greeting: 'Hi there,' } })).toEqual({
      greeting: 'Hi there,',
      signOff: 'Best wishes,\nNorthfield Scalp Clinic',
      emailSubject: 'Information from Northfield Scalp Clinic',
    })
    expect(messageSettings(site).greeting).toBe('Hello,')
  })
  it('writes a message with Hindi links in plain Hindi: the clinic’s own wording is English', () => {
    expect(messageSettings({ ...site, staffMessage: settings }, 'hi')).toEqual({
      greeting: 'नमस्ते,',
      signOff: 'शुभकामनाओं के साथ,\nNorthfield Scalp Clinic',
      emailSubject: 'Northfield Scalp Clinic से जानकारी',
    })
  })
})

describe('whatsappMessageHref', () => {
  it('opens WhatsApp with no number and the whole message encoded in text=', () => {
    const message = composeMessage(links, settings)
    const href = whatsappMessageHref(message)
    expect(href.startsWith('https://wa.me/?text=')).toBe(true)
    const url = new URL(href)
    expect(url.pathname).toBe('/')
    expect(url.searchParams.get('text')).toBe(message)
    expect([...url.searchParams.keys()]).toEqual(['text'])
  })

  it('encodes line breaks, &, #, + and text outside ASCII so none of it is cut or changed', () => {
    const href = whatsappMessageHref('Hi & welcome\nSee #2 + more: café ✓')
    expect(href).toBe('https://wa.me/?text=Hi%20%26%20welcome%0ASee%20%232%20%2B%20more%3A%20caf%C3%A9%20%E2%9C%93')
    expect(href).not.toMatch(/[\s#&+]|é/u)
  })
})

describe('emailMessageHref', () => {
  it('has no recipient, the subject and the message as the body, with CRLF line breaks', () => {
    const message = composeMessage(links, settings)
    const href = emailMessageHref(settings.emailSubject, message)
    expect(href).toMatch(/^mailto:\?subject=[^&]+&body=[^&]+$/)
    const [, query] = href.split('?') as [string, string]
    const params = new URLSearchParams(query.replace(/\+/g, '%2B'))
    expect(params.get('subject')).toBe('Your reading & links')
    expect(params.get('body')).toBe(message.replace(/\n/g, '\r\n'))
    expect(href).toContain('%0D%0A')
    expect(href).not.toMatch(/%0A(?<!%0D%0A)/)
  })

  it('encodes &, #, ? and non-ASCII in the subject and body', () => {
    expect(emailMessageHref('A & B?', 'See /faq#x\ncafé')).toBe(
      'mailto:?subject=A%20%26%20B%3F&body=See%20%2Ffaq%23x%0D%0Acaf%C3%A9',
    )
  })

  it('does not double a line break that is already CRLF', () => {
    expect(emailMessageHref('s', 'a\r\nb')).toBe('mailto:?subject=s&body=a%0D%0Ab')
  })
})
