// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LinkCheckbox } from '@/components/links/LinkSelection'
import { MessageBuilder } from '@/components/links/MessageBuilder'
import { composeMessage, type MessageSettings } from '@/lib/links/message'

const settings: MessageSettings = {
  greeting: 'Hello,',
  signOff: 'Best wishes,\nNorthfield & Co',
  emailSubject: 'Your links #1',
}
const links = [
  { title: 'Caring for your scalp', url: 'https://clinic.example/aftercare' },
  { title: 'Washing your scalp', url: 'https://clinic.example/aftercare#washing-your-scalp' },
  { title: 'Does SMP hurt?', url: 'https://clinic.example/faq#does-it-hurt' },
]

/** The page's list of labelled checkboxes: plain server HTML, outside the island. */
const checkboxList = renderToStaticMarkup(
  <ul>
    {links.map((link) => (
      <li key={link.url}>
        <label>
          <LinkCheckbox url={link.url} />
          <span>{link.title}</span>
        </label>
      </li>
    ))}
  </ul>,
)
const messageBuilder = <MessageBuilder links={links} settings={settings} />

const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard')
afterEach(() => {
  if (original) Object.defineProperty(window.navigator, 'clipboard', original)
  else Reflect.deleteProperty(window.navigator, 'clipboard')
})

function setup() {
  const user = userEvent.setup()
  const writeText = vi.fn().mockResolvedValue(undefined)
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true })
  document.body.innerHTML = checkboxList
  render(messageBuilder)
  const box = screen.getByRole('textbox', { name: 'Message to send' })
  const builder = screen.getByRole('region', { name: 'Make a message' })
  return { user, writeText, box, builder }
}

describe('MessageBuilder', () => {
  it('starts empty, saying what to do, with nothing to send', () => {
    const { box, builder } = setup()
    expect(box).toHaveValue('')
    expect(box).toHaveAttribute('readonly')
    expect(within(builder).getByText('Tick pages or sections to add their links.')).toHaveAttribute('role', 'status')
    expect(within(builder).queryByRole('link', { name: /WhatsApp/ })).toBeNull()
    expect(within(builder).queryByRole('button', { name: 'Copy message' })).toBeNull()
  })

  it('ticking two items writes the message in page order, and WhatsApp and email carry it encoded', async () => {
    const { user, box, builder } = setup()
    // Ticked out of order: the message still follows the page.
    await user.click(screen.getByRole('checkbox', { name: 'Does SMP hurt?' }))
    await user.click(screen.getByRole('checkbox', { name: 'Caring for your scalp' }))
    const expected =
      'Hello,\n\nCaring for your scalp: https://clinic.example/aftercare\nDoes SMP hurt? https://clinic.example/faq#does-it-hurt\n\nBest wishes,\nNorthfield & Co'
    expect(box).toHaveValue(expected)
    expect(expected).toBe(composeMessage([links[0]!, links[2]!], settings))
    expect(within(builder).getByText('2 links in the message.')).toHaveAttribute('role', 'status')

    const whatsapp = within(builder).getByRole('link', { name: 'Open in WhatsApp (opens in a new tab)' })
    const whatsappUrl = new URL(whatsapp.getAttribute('href')!)
    expect(whatsappUrl.origin + whatsappUrl.pathname).toBe('https://wa.me/')
    expect(whatsappUrl.searchParams.get('text')).toBe(expected)
    expect(whatsapp).toHaveAttribute('target', '_blank')

    const email = within(builder).getByRole('link', { name: 'Open in email' }).getAttribute('href')!
    expect(email).toMatch(/^mailto:\?subject=Your%20links%20%231&body=/)
    expect(decodeURIComponent(email.slice(email.indexOf('&body=') + 6))).toBe(expected.replace(/\n/g, '\r\n'))
    expect(email).not.toMatch(/[\n#&](?!body=)/)

    // Unticking takes the line out again.
    await user.click(screen.getByRole('checkbox', { name: 'Does SMP hurt?' }))
    expect(box).toHaveValue(
      'Hello,\n\nCaring for your scalp: https://clinic.example/aftercare\n\nBest wishes,\nNorthfield & Co',
    )
    expect(within(builder).getByText('1 link in the message.')).toHaveAttribute('role', 'status')
  })

  it('copies the message and announces it', async () => {
    const { user, writeText, builder } = setup()
    await user.click(screen.getByRole('checkbox', { name: 'Washing your scalp' }))
    await user.click(within(builder).getByRole('button', { name: 'Copy message' }))
    expect(writeText).toHaveBeenCalledExactlyOnceWith(composeMessage([links[1]!], settings))
    expect(await within(builder).findByText('Message copied')).toHaveAttribute('role', 'status')
  })

  it('"Clear ticks" unticks everything, empties the message and puts focus on the builder’s heading', async () => {
    const { user, box, builder } = setup()
    for (const link of links) await user.click(screen.getByRole('checkbox', { name: link.title }))
    expect(screen.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true)
    await user.click(within(builder).getByRole('button', { name: 'Clear ticks' }))
    expect(screen.getAllByRole('checkbox').some((box) => (box as HTMLInputElement).checked)).toBe(false)
    expect(box).toHaveValue('')
    expect(screen.getByRole('heading', { name: 'Make a message' })).toHaveFocus()
  })

  it('is in the server HTML only as a JavaScript-only panel, and the checkboxes there are disabled because nothing reads them', () => {
    expect(renderToString(messageBuilder)).toMatch(/<section[^>]*class="js-only [^"]*"[^>]*>\s*<h2[^>]*>Make a message/)
    expect(checkboxList.match(/<input[^>]*type="checkbox"[^>]*>/g)).toHaveLength(links.length)
    expect(checkboxList.match(/<input[^>]*disabled=""[^>]*>/g)).toHaveLength(links.length)
  })

  it('enables the checkboxes once it runs, and keeps ticks the browser restored', () => {
    document.body.innerHTML = checkboxList
    const restored = document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!
    restored.checked = true
    render(messageBuilder)
    expect(screen.getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).disabled)).toBe(true)
    expect(screen.getByRole('textbox', { name: 'Message to send' })).toHaveValue(composeMessage([links[1]!], settings))
  })
})
