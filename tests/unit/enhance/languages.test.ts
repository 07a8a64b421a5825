// @vitest-environment jsdom
// The documents' script announces in the page's language: it reads every message from the server markup's data
// attributes (the components look the words up), so the same script speaks English on /faq and Hindi on /hi/faq.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HeadingAnchorCopy } from '@/components/article/HeadingAnchorCopy'
import { ArticleBody } from '@/components/article/ArticleBody'
import { ShareButton } from '@/components/share/ShareButton'
import { enhanceCopyButtons } from '@/enhance/copy'
import { announceDelayMs, enhanceFaq } from '@/enhance/faq'
import { enhanceHeadingAnchors } from '@/enhance/heading-anchors'
import type { Locale } from '@/lib/i18n/locales'
import { shareWords } from '@/lib/i18n/words/share'
import { compileMarkdown, fakeTimers, faqPageHtml, hindiFaqs, testFaqs, trackListeners } from '@/tests/fixtures/enhance'

const originalClipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')
let cleanUp = () => {}
afterEach(() => {
  cleanUp()
  cleanUp = () => {}
  document.body.innerHTML = ''
  if (originalClipboard) Object.defineProperty(window.navigator, 'clipboard', originalClipboard)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
  history.replaceState(null, '', '/')
})

function clipboard(works: boolean) {
  const writeText = works ? vi.fn().mockResolvedValue(undefined) : vi.fn().mockRejectedValue(new Error('refused'))
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true })
}

describe('a section’s "#" link', () => {
  const english = '## Washing your scalp\n\nText.'
  const hindi = '## स्कैल्प धोना\n\nपाठ।'
  it.each<[Locale, boolean, string, string]>([
    ['en', true, 'Link to “Washing your scalp” copied', english],
    ['en', false, 'The link to “Washing your scalp” is now in the address bar', english],
    ['hi', true, '“स्कैल्प धोना” का लिंक कॉपी हो गया', hindi],
    ['hi', false, '“स्कैल्प धोना” का लिंक अब एड्रेस बार में है', hindi],
  ])('in %s (clipboard works: %s) says %s', async (locale, works, message, markdown) => {
    const user = userEvent.setup()
    clipboard(works)
    document.body.innerHTML = renderToStaticMarkup(
      createElement(
        'div',
        null,
        createElement(ArticleBody, { html: compileMarkdown(markdown) }),
        createElement(HeadingAnchorCopy, { pageUrl: 'https://clinic.example/hi/aftercare', locale }),
      ),
    )
    cleanUp = enhanceHeadingAnchors(document)
    await user.click(document.querySelector<HTMLElement>('a.heading-anchor')!)
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(message))
  })
})

describe('a Share menu’s Copy link', () => {
  it.each<[Locale]>([['en'], ['hi']])('in %s says the link is copied, in that language', async (locale) => {
    const user = userEvent.setup()
    clipboard(true)
    const words = shareWords[locale]
    document.body.innerHTML = renderToStaticMarkup(
      createElement(ShareButton, { title: 'x', url: 'https://clinic.example/hi/faq#x', locale }),
    )
    enhanceCopyButtons(document)
    const button = screen.getByRole('button', { name: words.copyLink })
    await user.click(button)
    expect(within(button.parentElement!).getByRole('status')).toHaveTextContent(words.linkCopied)
  })
})

describe('the FAQ search', () => {
  it.each([
    ['en', 'latin', 'smp', '2 questions match'],
    ['en', 'latin', 'zzz', 'No questions match'],
    ['hi', 'latin', 'क्रीम', '1 सवाल मिला'],
    ['hi', 'devanagari', 'SMP', '१ सवाल मिला'],
    // An answer not translated yet is searched in the English it shows.
    ['hi', 'devanagari', 'coffee', '१ सवाल मिला'],
    ['hi', 'devanagari', 'zzz', 'कोई सवाल नहीं मिला'],
  ] as const)('in %s (%s digits) for “%s” announces “%s”', async (locale, digits, query, message) => {
    Element.prototype.scrollIntoView = vi.fn()
    const user = userEvent.setup(fakeTimers())
    document.body.innerHTML = await faqPageHtml(locale === 'en' ? testFaqs : hindiFaqs, locale, digits)
    cleanUp = (await trackListeners(() => enhanceFaq(document))).remove
    const search = screen.getByRole('search')
    await user.type(within(search).getByRole('searchbox'), query)
    await vi.advanceTimersByTimeAsync(announceDelayMs)
    expect(within(search).getByRole('status')).toHaveTextContent(message)
  })

  it('counts many in Hindi with the clinic’s digits', async () => {
    Element.prototype.scrollIntoView = vi.fn()
    const user = userEvent.setup(fakeTimers())
    document.body.innerHTML = await faqPageHtml(hindiFaqs, 'hi', 'devanagari')
    cleanUp = (await trackListeners(() => enhanceFaq(document))).remove
    const search = screen.getByRole('search')
    // A letter every Hindi question or answer holds.
    await user.type(within(search).getByRole('searchbox'), 'क')
    await vi.advanceTimersByTimeAsync(announceDelayMs)
    expect(within(search).getByRole('status')).toHaveTextContent(/^[०-९]+ सवाल मिले$/)
  })
})
