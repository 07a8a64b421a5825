// @vitest-environment jsdom
// enhance/heading-anchors.ts on an article's real markup: the "#" links the markdown pipeline gives each
// section (and the glossary's terms), with the live region of components/article/HeadingAnchorCopy.tsx.
// The plain copy, the no-clipboard message and other links being ignored are
// tests/components/article/HeadingAnchorCopy.test.tsx.
import { screen } from '@testing-library/react'
import userEvent, { type Options } from '@testing-library/user-event'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HeadingAnchorCopy } from '@/components/article/HeadingAnchorCopy'
import { GlossaryList } from '@/components/glossary/GlossaryList'
import { messageMs } from '@/enhance/announce'
import { enhanceHeadingAnchors } from '@/enhance/heading-anchors'
import { compileMarkdown, fakeTimers } from '@/tests/fixtures/enhance'

const pageUrl = 'https://clinic.example/aftercare'
const regionHtml = renderToStaticMarkup(createElement(HeadingAnchorCopy, { pageUrl, locale: 'en' }))
const originalClipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')
let stop = () => {}

afterEach(() => {
  stop()
  stop = () => {}
  document.body.innerHTML = ''
  if (originalClipboard) Object.defineProperty(window.navigator, 'clipboard', originalClipboard)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
  history.replaceState(null, '', '/')
})

function setup(body: string, clipboard: unknown, options?: Options) {
  const user = userEvent.setup(options)
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true })
  document.body.innerHTML = `<div>${body}</div>${regionHtml}`
  stop = enhanceHeadingAnchors(document)
  return { user, region: screen.getByRole('status') }
}

const copying = () => ({ writeText: vi.fn().mockResolvedValue(undefined) })

describe('enhanceHeadingAnchors', () => {
  it('shows the message while there is one: visible for messageMs, then empty and visually hidden again', async () => {
    const { user, region } = setup(compileMarkdown('## Washing your scalp\n\nText.'), copying(), fakeTimers())
    expect(region).toHaveClass('sr-only')
    const anchor = screen.getByRole('link', { name: 'Link to the section “Washing your scalp”' })
    await user.click(anchor)
    await vi.advanceTimersByTimeAsync(0)
    expect(region).toHaveTextContent('Link to “Washing your scalp” copied')
    expect(region).not.toHaveClass('sr-only')

    // Clicked again before it goes: the message stays a full messageMs from then.
    await vi.advanceTimersByTimeAsync(messageMs - 1000)
    await user.click(anchor)
    await vi.advanceTimersByTimeAsync(messageMs - 1)
    expect(region).not.toHaveClass('sr-only')
    await vi.advanceTimersByTimeAsync(1)
    expect(region).toHaveTextContent('')
    expect(region).toHaveClass('sr-only')
  })

  it('when the browser refuses to copy, says the link is in the address bar (and nothing throws)', async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError'))
    const { user, region } = setup(compileMarkdown('## Washing your scalp\n\nText.'), { writeText })
    await user.click(screen.getByRole('link', { name: /Washing your scalp/ }))
    await vi.waitFor(() =>
      expect(region).toHaveTextContent('The link to “Washing your scalp” is now in the address bar'),
    )
    expect(writeText).toHaveBeenCalledOnce()
    expect(region).not.toHaveClass('sr-only')
    expect(location.hash).toBe('#washing-your-scalp')
  })

  it('names the section by its heading as a reader sees it, inline markup and all, for h2 and h3', async () => {
    const clipboard = copying()
    const { user, region } = setup(
      compileMarkdown('## Washing *gently*\n\nText.\n\n### Shampoo with `pH 5`\n\nMore.'),
      clipboard,
    )
    for (const [name, title] of [
      [/Washing gently/, 'Washing gently'],
      [/Shampoo with pH 5/, 'Shampoo with pH 5'],
    ] as const) {
      const anchor = screen.getByRole('link', { name })
      await user.click(anchor)
      await vi.waitFor(() => expect(region).toHaveTextContent(`Link to “${title}” copied`))
      expect(clipboard.writeText).toHaveBeenLastCalledWith(`${pageUrl}${anchor.getAttribute('href')}`)
    }
    expect(clipboard.writeText.mock.calls.map(([text]) => text)).toEqual([
      `${pageUrl}#washing-gently`,
      `${pageUrl}#shampoo-with-ph-5`,
    ])
  })

  it('copies a glossary term’s address, named by the term', async () => {
    const clipboard = copying()
    const terms = [{ id: 'pigment', term: 'Pigment', definition: 'The coloured ink placed in the skin.' }]
    const { user, region } = setup(
      renderToStaticMarkup(createElement(GlossaryList, { terms, locale: 'en' })),
      clipboard,
    )
    await user.click(screen.getByRole('link', { name: 'Link to “Pigment”' }))
    await vi.waitFor(() => expect(region).toHaveTextContent('Link to “Pigment” copied'))
    expect(clipboard.writeText).toHaveBeenCalledExactlyOnceWith(`${pageUrl}#pigment`)
  })

  it('answers a click on the visible "#" inside the link', async () => {
    const clipboard = copying()
    const { user, region } = setup(compileMarkdown('## Washing your scalp\n\nText.'), clipboard)
    const hash = screen.getByText('#')
    expect(hash.tagName).toBe('SPAN')
    await user.click(hash)
    await vi.waitFor(() => expect(region).toHaveTextContent('Link to “Washing your scalp” copied'))
    expect(clipboard.writeText).toHaveBeenCalledExactlyOnceWith(`${pageUrl}#washing-your-scalp`)
  })

  it('calls a heading with no text of its own "this section"', async () => {
    const { user, region } = setup('<h2 id="untitled"><a class="heading-anchor" href="#untitled">#</a></h2>', copying())
    await user.click(screen.getByRole('link', { name: '#' }))
    await vi.waitFor(() => expect(region).toHaveTextContent('Link to “this section” copied'))
  })

  it('ignores a section link that does not point into the page', async () => {
    const clipboard = copying()
    const { user, region } = setup(
      '<h2 id="x">Elsewhere<a class="heading-anchor" href="/other#x">#</a></h2>',
      clipboard,
    )
    await user.click(screen.getByRole('link', { name: '#' }))
    expect(clipboard.writeText).not.toHaveBeenCalled()
    expect(region).toHaveTextContent('')
  })

  it('stops answering clicks once stopped', async () => {
    const clipboard = copying()
    const { user, region } = setup(compileMarkdown('## Washing your scalp\n\nText.'), clipboard)
    stop()
    await user.click(screen.getByRole('link', { name: /Washing your scalp/ }))
    expect(clipboard.writeText).not.toHaveBeenCalled()
    expect(region).toHaveTextContent('')
  })

  it('does nothing on a page without its live region', async () => {
    const user = userEvent.setup()
    const clipboard = copying()
    Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true })
    document.body.innerHTML = compileMarkdown('## Washing your scalp\n\nText.')
    const addEventListener = vi.spyOn(document, 'addEventListener')
    stop = enhanceHeadingAnchors(document)
    expect(addEventListener).not.toHaveBeenCalled()
    addEventListener.mockRestore()
    await user.click(screen.getByRole('link', { name: /Washing your scalp/ }))
    expect(clipboard.writeText).not.toHaveBeenCalled()
    // The link still does its ordinary job.
    expect(location.hash).toBe('#washing-your-scalp')
  })
})
