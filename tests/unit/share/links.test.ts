import { describe, expect, it } from 'vitest'
import { shareLinks, shareText } from '@/lib/share/links'

const item = { title: 'Does SMP hurt? & why', url: 'https://clinic.example/faq#does-it-hurt' }

describe('shareLinks', () => {
  it('puts the title and the exact URL, anchor included, into the WhatsApp message', () => {
    const href = new URL(shareLinks(item).whatsapp)
    expect(href.origin + href.pathname).toBe('https://wa.me/')
    expect(href.searchParams.get('text')).toBe(shareText(item))
    expect(shareText(item)).toBe('Does SMP hurt? & why\nhttps://clinic.example/faq#does-it-hurt')
  })

  it('opens an email with the title as subject and the link in the body', () => {
    const href = shareLinks(item).email
    expect(href.startsWith('mailto:?')).toBe(true)
    const params = new URLSearchParams(href.slice('mailto:?'.length))
    expect(params.get('subject')).toBe(item.title)
    expect(params.get('body')).toBe('Does SMP hurt? & why\r\nhttps://clinic.example/faq#does-it-hurt')
    // The # of the anchor must be encoded, or the mail client would cut the body there.
    expect(href).not.toContain('#')
  })
})
