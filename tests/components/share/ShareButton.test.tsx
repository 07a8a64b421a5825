// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareButton } from '@/components/share/ShareButton'
import { shareWords } from '@/lib/i18n/words/share'

const item = { title: 'Does SMP hurt?', url: 'https://clinic.example/faq#does-it-hurt' }

function setNativeShare(share: unknown) {
  Object.defineProperty(window.navigator, 'share', { value: share, configurable: true })
}

afterEach(() => {
  Reflect.deleteProperty(window.navigator, 'share')
})

describe('ShareButton without the Web Share API', () => {
  it('offers WhatsApp, email and copy link, each carrying the exact URL with its anchor', async () => {
    const user = userEvent.setup()
    render(<ShareButton words={shareWords.en} {...item} context={item.title} />)
    const summary = screen.getByText('Share', { selector: 'summary' })
    await user.click(summary)
    const details = summary.closest('details')!
    expect(details.open).toBe(true)
    const whatsapp = within(details).getByRole('link', { name: /WhatsApp/ })
    expect(new URL(whatsapp.getAttribute('href')!).searchParams.get('text')).toBe(`${item.title}\n${item.url}`)
    const email = within(details).getByRole('link', { name: /Email/ })
    expect(new URLSearchParams(email.getAttribute('href')!.replace('mailto:?', '')).get('body')).toContain(item.url)
    expect(within(details).getByRole('button', { name: 'Copy link' })).toBeVisible()
  })

  it('copies the URL and says so', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(<ShareButton words={shareWords.en} {...item} />)
    await user.click(screen.getByText('Share', { selector: 'summary' }))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenCalledExactlyOnceWith(item.url)
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied')
  })

  it('works before JavaScript: the server HTML is a <details> menu with the links and the URL as text', () => {
    setNativeShare(vi.fn())
    const html = renderToString(<ShareButton words={shareWords.en} {...item} label="Share this page" />)
    expect(html).toContain('<details')
    expect(html).toContain('https://wa.me/?text=')
    expect(html).toContain(encodeURIComponent(item.url))
    expect(html).toContain(item.url)
  })
})

describe('ShareButton with the Web Share API', () => {
  it('opens the device share sheet with the title and exact URL', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    setNativeShare(share)
    const user = userEvent.setup()
    render(<ShareButton words={shareWords.en} {...item} label="Share this page" />)
    await user.click(screen.getByRole('button', { name: 'Share this page' }))
    expect(share).toHaveBeenCalledExactlyOnceWith({ title: item.title, url: item.url })
    expect(document.querySelector('details')).toBeNull()
  })

  it('stays as it is when the person cancels the share sheet', async () => {
    const share = vi.fn().mockRejectedValue(Object.assign(new Error('cancelled'), { name: 'AbortError' }))
    setNativeShare(share)
    const user = userEvent.setup()
    render(<ShareButton words={shareWords.en} {...item} />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(screen.getByRole('button', { name: 'Share' })).toBeVisible()
    expect(document.querySelector('details')).toBeNull()
  })

  it('falls back to the open menu when sharing fails for another reason', async () => {
    setNativeShare(vi.fn().mockRejectedValue(Object.assign(new Error('not allowed'), { name: 'NotAllowedError' })))
    const user = userEvent.setup()
    render(<ShareButton words={shareWords.en} {...item} />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    const details = await vi.waitFor(() => document.querySelector('details')!)
    expect(details.open).toBe(true)
    expect(within(details).getByRole('link', { name: /WhatsApp/ })).toBeVisible()
  })
})
