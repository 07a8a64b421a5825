// @vitest-environment jsdom
// enhance/copy.ts on the copy buttons' server markup (components/ui/StaticCopyButton.tsx). The answers'
// "Copy link" (a path, copied with the page's origin; the read-only box when copying fails) is
// tests/components/faq/CopyLinkButton.test.tsx.
import { screen, within } from '@testing-library/react'
import userEvent, { type Options } from '@testing-library/user-event'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareButton } from '@/components/share/ShareButton'
import { copyClasses } from '@/components/ui/copy-classes'
import { StaticCopyButton } from '@/components/ui/StaticCopyButton'
import { messageMs } from '@/enhance/announce'
import { enhanceCopyButtons } from '@/enhance/copy'
import { fakeTimers } from '@/tests/fixtures/enhance'

const originalClipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')

afterEach(() => {
  document.body.innerHTML = ''
  if (originalClipboard) Object.defineProperty(window.navigator, 'clipboard', originalClipboard)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
})

const phone = '+44 20 7946 0000'
const url = 'https://clinic.example/faq#does-it-hurt'
const copyPhone = (children = 'Copy the number') =>
  createElement(StaticCopyButton, {
    text: phone,
    copiedMessage: 'Number copied',
    manualLabel: 'Copy this number:',
    children,
  })

/** userEvent.setup() installs a clipboard of its own, so the test's goes in after it. */
function setup(html: string, clipboard: unknown, options?: Options) {
  const user = userEvent.setup(options)
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true })
  document.body.innerHTML = html
  enhanceCopyButtons(document)
  return user
}

const statusOf = (button: HTMLElement) => within(button.parentElement!).getByRole('status')

describe('enhanceCopyButtons', () => {
  it('copies the text it holds, as it is, in place of what shows without JavaScript (the Share menu’s "Copy link")', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const html = renderToStaticMarkup(createElement(ShareButton, { title: 'Does SMP hurt?', url, locale: 'en' }))
    expect(html).toContain(`Link: ${url}`)
    const user = setup(html, { writeText })
    expect(screen.queryByText(/^Link:/)).toBeNull()
    expect(document.querySelector('template[data-copy]')).toBeNull()
    const button = screen.getByRole('button', { name: 'Copy link' })
    expect(button.closest('li')).not.toBeNull()
    await user.click(button)
    expect(writeText).toHaveBeenCalledExactlyOnceWith(url)
    expect(await within(button.parentElement!).findByRole('status')).toHaveTextContent('Link copied')
    expect(statusOf(button)).toHaveAttribute('aria-live', 'polite')
  })

  it('without a fallback, puts the button where its template was and keeps what is around it', () => {
    const html = renderToStaticMarkup(
      createElement('p', null, createElement('span', null, 'Call'), copyPhone(), createElement('span', null, 'today')),
    )
    setup(html, undefined)
    const paragraph = document.querySelector('p')!
    const button = screen.getByRole('button', { name: 'Copy the number' })
    expect([...paragraph.children].map((child) => child.textContent)).toEqual(['Call', 'Copy the number', 'today'])
    expect(paragraph.children[1]).toBe(button.parentElement)
    expect(paragraph.querySelector('template')).toBeNull()
  })

  it('gives each button its own message, and takes it away after messageMs (a new click starts again)', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const html = renderToStaticMarkup(
      createElement('div', null, copyPhone('Copy the number'), copyPhone('Copy it again')),
    )
    const user = setup(html, { writeText }, fakeTimers())
    const [first, second] = [
      screen.getByRole('button', { name: 'Copy the number' }),
      screen.getByRole('button', { name: 'Copy it again' }),
    ]
    await user.click(first)
    await vi.advanceTimersByTimeAsync(0)
    expect(statusOf(first)).toHaveTextContent('Number copied')
    expect(statusOf(second)).toHaveTextContent('')

    await vi.advanceTimersByTimeAsync(messageMs - 1000)
    await user.click(first)
    await vi.advanceTimersByTimeAsync(messageMs - 1)
    expect(statusOf(first)).toHaveTextContent('Number copied')
    await vi.advanceTimersByTimeAsync(1)
    expect(statusOf(first)).toHaveTextContent('')
    expect(writeText.mock.calls).toEqual([[phone], [phone]])
  })

  it('shows one read-only box however often copying fails, and removes it once a copy works', async () => {
    const writeText = vi
      .fn()
      .mockRejectedValueOnce(new Error('no'))
      .mockRejectedValueOnce(new Error('no'))
      .mockResolvedValue(undefined)
    const user = setup(renderToStaticMarkup(copyPhone()), { writeText })
    const button = screen.getByRole('button', { name: 'Copy the number' })
    await user.click(button)
    const box = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Copy this number:' })
    expect(box).toHaveValue(phone)
    expect(box).toHaveClass(...copyClasses.manualBox.split(' '))
    expect(box.closest('label')).toHaveClass(...copyClasses.manualLabel.split(' '))
    expect(statusOf(button)).toHaveTextContent('')

    // Clicked again, it is the same box, focused with its text selected again.
    box.setSelectionRange(0, 0)
    await user.click(button)
    await vi.waitFor(() => expect(box).toHaveFocus())
    expect(screen.getAllByRole('textbox')).toEqual([box])
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, phone.length])

    await user.click(button)
    await vi.waitFor(() => expect(statusOf(button)).toHaveTextContent('Number copied'))
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(writeText).toHaveBeenCalledTimes(3)
  })

  it('takes back "copied" when a later copy fails', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValue(new Error('no'))
    const user = setup(renderToStaticMarkup(copyPhone()), { writeText })
    const button = screen.getByRole('button', { name: 'Copy the number' })
    await user.click(button)
    await vi.waitFor(() => expect(statusOf(button)).toHaveTextContent('Number copied'))
    await user.click(button)
    expect(await screen.findByRole('textbox', { name: 'Copy this number:' })).toHaveValue(phone)
    expect(statusOf(button)).toHaveTextContent('')
  })

  it('selects the whole text whenever the box takes focus', async () => {
    const user = setup(
      renderToStaticMarkup(
        createElement('div', null, copyPhone(), createElement('input', { 'aria-label': 'Elsewhere' })),
      ),
      undefined,
    )
    await user.click(screen.getByRole('button', { name: 'Copy the number' }))
    const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'Copy this number:' })
    await user.click(screen.getByRole('textbox', { name: 'Elsewhere' }))
    box.setSelectionRange(2, 4)
    box.focus()
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, phone.length])
  })

  it('says "Copied" and "Copy this:" when the markup names no messages', async () => {
    const html =
      '<template data-copy="SMP-2026"><div><button type="button">Copy the code</button><span role="status"></span></div></template>'
    const writeText = vi.fn().mockRejectedValueOnce(new Error('no')).mockResolvedValue(undefined)
    const user = setup(html, { writeText })
    const button = screen.getByRole('button', { name: 'Copy the code' })
    await user.click(button)
    expect(await screen.findByRole('textbox', { name: 'Copy this:' })).toHaveValue('SMP-2026')
    await user.click(button)
    await vi.waitFor(() => expect(statusOf(button)).toHaveTextContent('Copied'))
  })

  it('leaves a template without its button or live region as it is', () => {
    const html =
      '<span>Link: x</span><template data-copy="x" data-copy-replaces=""><div><button type="button">Copy</button></div></template>'
    setup(html, undefined)
    expect(screen.getByText('Link: x')).toBeInTheDocument()
    expect(document.querySelector('template[data-copy]')).not.toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('works only inside the root it is given', () => {
    document.body.innerHTML = `<div id="a">${renderToStaticMarkup(copyPhone())}</div><div id="b">${renderToStaticMarkup(copyPhone())}</div>`
    enhanceCopyButtons(document.getElementById('a')!)
    expect(within(document.getElementById('a')!).getByRole('button', { name: 'Copy the number' })).toBeInTheDocument()
    expect(within(document.getElementById('b')!).queryByRole('button')).toBeNull()
    expect(document.querySelectorAll('#b template[data-copy]')).toHaveLength(1)
  })
})
