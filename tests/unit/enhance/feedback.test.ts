// @vitest-environment jsdom
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { PageFeedback } from '@/components/feedback/PageFeedback'
import { enhanceFeedback, sectionTitle } from '@/enhance/feedback'
import { feedbackMail } from '@/lib/feedback/mail'
import { feedbackWords } from '@/lib/i18n/words/feedback'
import { testSite } from '@/tests/fixtures/site'

const mailOf = (link: HTMLAnchorElement) => {
  const href = link.getAttribute('href')!
  const fields = new URLSearchParams(href.slice(href.indexOf('?') + 1))
  return {
    to: href.slice('mailto:'.length, href.indexOf('?')),
    subject: fields.get('subject'),
    body: fields.get('body'),
  }
}

// The server's HTML of an article's end: a section heading with its "#" link, and the feedback link.
// path null: a page with no address of its own (the 404 page).
const page = (hash: string, path: string | null = '/aftercare') => {
  window.history.replaceState(null, '', `/aftercare${hash}`)
  document.body.innerHTML = `
    <h2 id="washing-your-scalp">Washing your scalp <a class="heading-anchor" href="#washing-your-scalp">#<span class="sr-only">Link to this section</span></a></h2>
    <section aria-labelledby="urgent-help"><h2 id="urgent-help">If you need help urgently</h2></section>
    ${renderToStaticMarkup(createElement(PageFeedback, { site: testSite, locale: 'en', title: 'Aftercare', path: path ?? undefined }))}`
  return document.querySelector<HTMLAnchorElement>('a[data-feedback]')!
}

describe('enhanceFeedback', () => {
  let stop = () => {}
  afterEach(() => stop())

  it('names the page and its address without a section when the address has none', () => {
    const link = page('')
    const before = link.getAttribute('href')
    stop = enhanceFeedback()
    expect(link.getAttribute('href')).toBe(before)
    expect(mailOf(link)).toEqual({
      to: testSite.email,
      ...feedbackMail(feedbackWords.en, { title: 'Aftercare', url: 'https://clinic.example/aftercare' }),
      body: feedbackMail(feedbackWords.en, {
        title: 'Aftercare',
        url: 'https://clinic.example/aftercare',
      }).body.replace(/\n/g, '\r\n'),
    })
  })

  it('adds the section the reader is at, and follows them to another', () => {
    const link = page('#washing-your-scalp')
    stop = enhanceFeedback()
    expect(mailOf(link).body).toContain('Address: https://clinic.example/aftercare#washing-your-scalp')
    expect(mailOf(link).body).toContain('Section: Washing your scalp\r\n')
    window.location.hash = '#urgent-help'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(mailOf(link).body).toContain('Section: If you need help urgently')
    expect(mailOf(link).subject).toBe('Feedback on “Aftercare”')
  })

  it('ignores an id that is not on the page', () => {
    const link = page('#no-such-section')
    stop = enhanceFeedback()
    expect(mailOf(link).body).not.toContain('Section:')
    expect(mailOf(link).body).toContain('Address: https://clinic.example/aftercare\r\n')
  })

  it('gives the address the reader is at on a page with none of its own (the 404 page)', () => {
    const link = page('', null)
    expect(mailOf(link).body).not.toContain('Address:')
    stop = enhanceFeedback()
    expect(mailOf(link).body).toContain(`Address: ${window.location.href}`)
  })

  it('does nothing on a page without the link', () => {
    document.body.innerHTML = '<p>No links</p>'
    expect(() => enhanceFeedback()()).not.toThrow()
  })
})

describe('sectionTitle', () => {
  it('reads a heading without its "#" link, or the heading that labels a section', () => {
    page('')
    expect(sectionTitle(document, 'washing-your-scalp')).toBe('Washing your scalp')
    document.body.innerHTML = '<details id="does-it-hurt"><summary>Does it hurt?</summary><p>A little.</p></details>'
    expect(sectionTitle(document, 'does-it-hurt')).toBe('Does it hurt?')
    expect(sectionTitle(document, '')).toBeUndefined()
  })
})
