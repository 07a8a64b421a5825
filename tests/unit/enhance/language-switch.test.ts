// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { enhanceLanguageSwitch } from '@/enhance/language-switch'

const page = (hash: string) => {
  window.history.replaceState(null, '', `/aftercare${hash}`)
  document.body.innerHTML = '<a href="/hi/aftercare" lang="hi" hreflang="hi" data-language-switch="">हिंदी</a>'
  return document.querySelector('a')!
}

describe('enhanceLanguageSwitch', () => {
  let stop = () => {}
  afterEach(() => stop())

  it('sends the reader to the same section of the other language', () => {
    const link = page('#washing-your-scalp')
    stop = enhanceLanguageSwitch()
    expect(link.getAttribute('href')).toBe('/hi/aftercare#washing-your-scalp')
  })

  it('follows the reader when they move to another section', () => {
    const link = page('')
    stop = enhanceLanguageSwitch()
    expect(new URL(link.href).hash).toBe('')
    window.location.hash = '#after-your-session'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(new URL(link.href).hash).toBe('#after-your-session')
  })

  it('does nothing on a page without a switcher', () => {
    document.body.innerHTML = '<p>No links</p>'
    expect(() => enhanceLanguageSwitch()()).not.toThrow()
  })
})
