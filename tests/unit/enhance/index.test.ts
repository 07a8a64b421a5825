// @vitest-environment jsdom
// enhance/index.ts, the documents' one script: loaded on a document's server HTML, it runs each
// enhancement, in an order that matters (copy buttons before the share menus that hold some).
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement, type ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { HeadingAnchorCopy } from '@/components/article/HeadingAnchorCopy'
import { ArticleBody } from '@/components/article/ArticleBody'
import { SiteLayout } from '@/components/layout/SiteLayout'
import { ShareButton } from '@/components/share/ShareButton'
import FaqPage from '@/pages/faq'
import { compileMarkdown, serverHtml, testFaqs, testRegion, testSite, trackListeners } from '@/tests/fixtures/enhance'

const topics = [{ slug: 'aftercare', title: 'Aftercare' }]
const layout = (children: ReactNode) =>
  createElement(SiteLayout, { site: testSite, articles: topics, locale: 'en', children })
const originals = {
  clipboard: Object.getOwnPropertyDescriptor(window.navigator, 'clipboard'),
  scrollIntoView: Element.prototype.scrollIntoView,
}
let faqHtml = ''
let removeListeners = () => {}

// jsdom has no scrollIntoView (a deep link scrolls to its answer).
beforeAll(async () => {
  Element.prototype.scrollIntoView = vi.fn()
  faqHtml = await serverHtml(
    layout(
      createElement(FaqPage, {
        faqs: testFaqs,
        region: testRegion,
        digits: 'latin',
        layout: { site: testSite, topics, locale: 'en', path: '/faq' },
      }),
    ),
  )
})
afterAll(() => {
  Element.prototype.scrollIntoView = originals.scrollIntoView
})
afterEach(() => {
  removeListeners()
  removeListeners = () => {}
  document.body.innerHTML = ''
  Reflect.deleteProperty(window.navigator, 'share')
  if (originals.clipboard) Object.defineProperty(window.navigator, 'clipboard', originals.clipboard)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
  history.replaceState(null, '', '/')
})

/** The page's HTML, then the script as the browser loads it (a fresh module each time). */
async function load(html: string, { share, writeText }: { share?: unknown; writeText?: unknown } = {}) {
  const user = userEvent.setup()
  if (share) Object.defineProperty(window.navigator, 'share', { value: share, configurable: true })
  Object.defineProperty(window.navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  })
  document.body.innerHTML = html
  vi.resetModules()
  const { added, remove } = await trackListeners(() => import('@/enhance/index'))
  removeListeners = remove
  return { user, added }
}

describe('the documents’ script', () => {
  it('on the FAQ page: the search works, each answer’s link is a Copy link button, and a deep link opens its answer', async () => {
    history.replaceState(null, '', '/faq#swimming')
    const writeText = vi.fn().mockResolvedValue(undefined)
    const { user } = await load(faqHtml, { writeText })
    expect((document.getElementById('swimming') as HTMLDetailsElement).open).toBe(true)
    const search = screen.getByRole('searchbox', { name: 'Search the questions' })
    expect(search).toBeEnabled()
    await user.type(search, 'numbing')
    expect(document.getElementById('coffee')!.closest('li')).not.toBeVisible()
    expect(screen.queryAllByRole('link', { name: /^Link to this answer/ })).toEqual([])
    const answer = document.getElementById('does-it-hurt')!
    await user.click(within(answer).getByRole('button', { name: 'Copy link to “Does SMP hurt?”' }))
    expect(writeText).toHaveBeenCalledExactlyOnceWith(`${location.origin}/faq#does-it-hurt`)
    // No share sheet here: the Share menus stay.
    expect(within(answer).getByText('Share', { selector: 'summary' })).toBeInTheDocument()
  })

  it('after a failed share, the menu that comes back has a working Copy link (copy buttons go first)', async () => {
    const share = vi.fn().mockRejectedValue(Object.assign(new Error('not allowed'), { name: 'NotAllowedError' }))
    const writeText = vi.fn().mockResolvedValue(undefined)
    const { user } = await load(faqHtml, { share, writeText })
    const answer = document.getElementById('coffee')!
    expect(answer.querySelector('details[data-share-url]')).toBeNull()
    await user.click(within(answer).getByRole('button', { name: 'Share: “Can I drink coffee first?”' }))
    const menu = await vi.waitFor(() => answer.querySelector<HTMLDetailsElement>('details[data-share-url]')!)
    expect(menu.open).toBe(true)
    expect(within(menu).queryByText(/^Link:/)).toBeNull()
    const copy = within(menu).getByRole('button', { name: 'Copy link' })
    await user.click(copy)
    expect(writeText).toHaveBeenCalledExactlyOnceWith(`${testSite.url}/faq#coffee`)
    expect(await within(copy.parentElement!).findByRole('status')).toHaveTextContent('Link copied')
  })

  it('on an article: the section links copy the section’s address, and Share opens the share sheet', async () => {
    const pageUrl = `${testSite.url}/aftercare`
    const html = await serverHtml(
      layout(
        createElement(
          'article',
          null,
          createElement(ShareButton, {
            title: 'Aftercare',
            url: pageUrl,
            label: 'Share this page',
            locale: 'en',
          }),
          createElement(ArticleBody, { html: compileMarkdown('## Washing your scalp\n\nText.') }),
          createElement(HeadingAnchorCopy, { pageUrl, locale: 'en' }),
        ),
      ),
    )
    const share = vi.fn().mockResolvedValue(undefined)
    const writeText = vi.fn().mockResolvedValue(undefined)
    const { user } = await load(html, { share, writeText })
    await user.click(screen.getByRole('button', { name: 'Share this page' }))
    expect(share).toHaveBeenCalledExactlyOnceWith({ title: 'Aftercare', url: pageUrl })
    await user.click(screen.getByRole('link', { name: 'Link to the section “Washing your scalp”' }))
    expect(writeText).toHaveBeenCalledExactlyOnceWith(`${pageUrl}#washing-your-scalp`)
    expect(await screen.findByText('Link to “Washing your scalp” copied')).toBeInTheDocument()
  })

  it('on a page with none of their markup, changes nothing and listens for nothing', async () => {
    const html = await serverHtml(layout(createElement('p', null, 'A page with nothing to enhance.')))
    const writeText = vi.fn()
    // The HTML as the browser reads it (React writes `autoComplete` and `<input/>`; the DOM gives them back as
    // `autocomplete` and `<input>`), so that only a change the script made shows.
    const parsed = Object.assign(document.createElement('template'), { innerHTML: html }).innerHTML
    const { added } = await load(html, { share: vi.fn(), writeText })
    expect(document.body.innerHTML).toBe(parsed)
    expect(added).toEqual([])
  })
})
